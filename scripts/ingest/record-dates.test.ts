import { describe, expect, test } from 'vitest';
import type { ArticleFacts } from '../../src/schemas/editorial.ts';
import { recordKey, ukToday } from './record-dates.ts';

describe('ukToday', () => {
  test('is the day in the UK: BST in summer, GMT in winter', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(ukToday(new Date('2027-01-01T00:30:00Z'))).toBe('2027-01-01');
  });
});

describe('recordKey', () => {
  const sha = 'a'.repeat(64);
  test('changes with the seed or its facts, and with nothing else', () => {
    const facts: ArticleFacts = { headline: { text: 'A headline', note: 'Editor’s.' } };
    expect(recordKey(sha, undefined)).toBe(recordKey(sha, undefined));
    expect(recordKey(sha, undefined)).not.toBe(recordKey('b'.repeat(64), undefined));
    expect(recordKey(sha, undefined)).not.toBe(recordKey(sha, facts));
  });
});
