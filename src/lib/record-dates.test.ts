import { describe, expect, test } from 'vitest';
import { changedOn, lastChanged } from './record-dates.ts';

describe('changedOn', () => {
  test('a revised record changed when it was revised, else when it was added', () => {
    expect(changedOn({ added: '2026-11-25' })).toBe('2026-11-25');
    expect(changedOn({ added: '2026-11-25', revised: '2026-12-02' })).toBe('2026-12-02');
  });
});

describe('lastChanged', () => {
  test('is the latest change among the records, skipping undated ones', () => {
    expect(
      lastChanged([
        { added: '2026-11-25' },
        undefined,
        { added: '2026-11-20', revised: '2026-12-01' },
        { added: '2026-11-30' },
      ]),
    ).toBe('2026-12-01');
  });
  test('is null when no record is dated', () => {
    expect(lastChanged([])).toBeNull();
    expect(lastChanged([undefined])).toBeNull();
  });
});
