import { describe, expect, test } from 'vitest';
import { pageModified } from './page-dates.ts';

describe('pageModified', () => {
  test('reads the day a page says it last changed, from its head only', () => {
    expect(
      pageModified(
        '<html><head><title>x</title><meta name="dcterms.modified" content="2026-11-25"></head>',
      ),
    ).toBe('2026-11-25');
    expect(
      pageModified(
        '<html><head></head><body><meta name="dcterms.modified" content="2026-11-25"></body>',
      ),
    ).toBeNull();
  });
  test('a page without one, or with something that is not a day, has none', () => {
    expect(pageModified('<html><head><title>x</title></head>')).toBeNull();
    expect(pageModified('<head><meta name="dcterms.modified" content="soon"></head>')).toBeNull();
  });
});
