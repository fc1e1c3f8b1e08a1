import { describe, expect, test } from 'vitest';
import { pageKey } from './page-key.ts';

describe('pageKey', () => {
  test('the same parts give the same key, any change a different one', () => {
    const parts = ['article', 'digest-1', { added: '2026-12-01', revised: null }];
    expect(pageKey(parts)).toBe(pageKey(structuredClone(parts)));
    expect(pageKey(parts)).toMatch(/^[0-9a-f]{64}$/);
    expect(pageKey(['article', 'digest-2', parts[2]])).not.toBe(pageKey(parts));
    expect(pageKey(['article', 'digest-1', { added: '2026-12-02', revised: null }])).not.toBe(
      pageKey(parts),
    );
  });

  test('parts keep their bounds: moving text from one part to the next changes the key', () => {
    expect(pageKey(['ab', 'c'])).not.toBe(pageKey(['a', 'bc']));
    expect(pageKey(['a'])).not.toBe(pageKey(['a', '']));
  });

  test('a missing value is not the same as an empty one', () => {
    expect(pageKey([undefined])).not.toBe(pageKey(['']));
    expect(pageKey([null])).not.toBe(pageKey([undefined]));
    expect(pageKey(['null'])).not.toBe(pageKey([null]));
    expect(pageKey(['undefined'])).not.toBe(pageKey([undefined]));
  });

  test('a Map or Set is refused, as its JSON would be empty whatever it holds', () => {
    expect(() => pageKey([new Map([['a', 1]])])).toThrow(/Map or Set/);
    expect(() => pageKey([new Set(['a'])])).toThrow(/Map or Set/);
  });
});
