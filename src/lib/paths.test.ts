import { describe, expect, test } from 'vitest';
import {
  articlePath,
  constituencyPath,
  personFeedPath,
  personPath,
  publicationPath,
  SECTIONS,
  topicPath,
} from './paths.ts';

describe('SECTIONS', () => {
  test('every index page is a top-level address with a trailing slash', () => {
    for (const section of Object.values(SECTIONS)) expect(section.path).toMatch(/^\/[a-z]+\/$/);
  });
});

describe('page paths', () => {
  test('each kind of page lives under its section', () => {
    expect(articlePath('labour-row')).toBe('/articles/labour-row/');
    expect(personPath('luciana-berger')).toBe('/people/luciana-berger/');
    expect(constituencyPath('canterbury')).toBe('/constituencies/canterbury/');
    expect(topicPath('brexit')).toBe('/topics/brexit/');
    expect(publicationPath('bbc-news')).toBe('/publications/bbc-news/');
  });

  test("a person's feed sits beside their page", () => {
    expect(personFeedPath('luciana-berger')).toBe('/people/luciana-berger/rss.xml');
  });
});
