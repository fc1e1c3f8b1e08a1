import { describe, expect, test } from 'vitest';
import type { ArticleFacts } from '../../src/schemas/editorial.ts';
import { buildMoment, recordKey, ukToday } from './record-dates.ts';

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

describe('buildMoment', () => {
  test('is SOURCE_DATE_EPOCH when set, so a rebuild dates records as the first build did', () => {
    expect(buildMoment({ SOURCE_DATE_EPOCH: '1764979200' }).toISOString()).toBe(
      '2025-12-06T00:00:00.000Z',
    );
    expect(ukToday(buildMoment({ SOURCE_DATE_EPOCH: '1782863400' }))).toBe('2026-07-01');
  });

  test('is now without it', () => {
    const before = Date.now();
    const moment = buildMoment({}).getTime();
    expect(moment).toBeGreaterThanOrEqual(before);
    expect(moment).toBeLessThanOrEqual(Date.now());
    expect(buildMoment({ SOURCE_DATE_EPOCH: '' }).getTime()).toBeGreaterThanOrEqual(before);
  });

  test('refuses anything but whole seconds', () => {
    for (const bad of ['1.5', '-1', 'tomorrow', '1e9'])
      expect(() => buildMoment({ SOURCE_DATE_EPOCH: bad })).toThrow(/SOURCE_DATE_EPOCH must be/);
  });
});
