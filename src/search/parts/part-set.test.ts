import { describe, expect, test } from 'vitest';
import { seededRandom as random } from '../../../tests/support/random.ts';
import { decodePartSet, encodePartSet } from './part-set.ts';

describe('encodePartSet', () => {
  test('writes nothing for no parts', () => {
    expect(encodePartSet([])).toBe('');
  });

  test('writes one part as its number', () => {
    expect(encodePartSet([7])).toBe('7');
    expect(encodePartSet([0])).toBe('0');
  });

  test('writes runs of three or more as ranges', () => {
    expect(encodePartSet([0, 1, 2, 3, 7, 9, 10])).toBe('0-3,7,9,10');
    expect(encodePartSet([4, 5, 6])).toBe('4-6');
    expect(
      encodePartSet([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
      ]),
    ).toBe('0-23');
  });

  test('writes runs of two as two numbers', () => {
    expect(encodePartSet([9, 10])).toBe('9,10');
    expect(encodePartSet([1, 2, 5, 6, 7])).toBe('1,2,5-7');
  });

  test('sorts the parts numerically, not as text', () => {
    expect(encodePartSet([10, 2, 9, 1])).toBe('1,2,9,10');
    expect(encodePartSet([12, 3, 11, 10])).toBe('3,10-12');
  });

  test('ignores repeats', () => {
    expect(encodePartSet([3, 3, 4, 4, 5, 5])).toBe('3-5');
    expect(encodePartSet([8, 8])).toBe('8');
  });

  test('takes any iterable: a Set or a generator', () => {
    expect(encodePartSet(new Set([2, 0, 1]))).toBe('0-2');
    function* parts() {
      yield 5;
      yield 1;
    }
    expect(encodePartSet(parts())).toBe('1,5');
  });
});

describe('decodePartSet', () => {
  test('reads the empty text as no parts', () => {
    expect(decodePartSet('')).toEqual([]);
  });

  test('reads single numbers and ranges, ascending', () => {
    expect(decodePartSet('0-3,7')).toEqual([0, 1, 2, 3, 7]);
    expect(decodePartSet('0-3,7,9,10')).toEqual([0, 1, 2, 3, 7, 9, 10]);
    expect(decodePartSet('12')).toEqual([12]);
    expect(decodePartSet('2,5-7,30')).toEqual([2, 5, 6, 7, 30]);
  });

  describe('throws on text it did not write, so a damaged file is not read as "in no part"', () => {
    test.each([
      ',',
      '1,',
      ',1',
      '1,,2',
      ' 1',
      '1 ',
      'a',
      '1-',
      '-1',
      '1-2-3',
      '1.5',
      '0x1',
      '1;2',
      '1\n',
    ])('%j', (text) => {
      expect(() => decodePartSet(text)).toThrow(/not a set of part numbers/);
    });

    test('a range that runs backwards', () => {
      expect(() => decodePartSet('5-3')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('1,9-2')).toThrow(/not a set of part numbers/);
    });

    test('numbers out of order or repeated', () => {
      expect(() => decodePartSet('3,1')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('1,1')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('0-3,2')).toThrow(/not a set of part numbers/);
    });

    test('forms the encoder never writes: leading zeros, short ranges, unmerged runs', () => {
      expect(() => decodePartSet('07')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('3-4')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('2-2')).toThrow(/not a set of part numbers/);
      expect(() => decodePartSet('0-2,3')).toThrow(/not a set of part numbers/);
    });
  });
});

describe('encodePartSet and decodePartSet', () => {
  test('round-trip any set of parts: decode(encode(set)) is the set, ascending', () => {
    const next = random(20240611);
    for (let round = 0; round < 2000; round += 1) {
      // Dense sets (long runs) and sparse ones (single numbers), up to 64 parts.
      const partCount = 1 + Math.floor(next() * 64);
      const density = next();
      const parts: number[] = [];
      for (let part = 0; part < partCount; part += 1)
        if (next() < density) parts.push(part, ...(next() < 0.2 ? [part] : []));
      parts.sort(() => next() - 0.5);
      const expected = [...new Set(parts)].sort((a, b) => a - b);
      const text = encodePartSet(parts);
      expect(decodePartSet(text), `parts ${JSON.stringify(parts)} as "${text}"`).toEqual(expected);
    }
  });

  test('decode accepts exactly what encode writes: any text it reads encodes back to itself', () => {
    const next = random(7);
    const alphabet = '0123456789,-';
    for (let round = 0; round < 5000; round += 1) {
      let text = '';
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
      let parts: number[];
      try {
        parts = decodePartSet(text);
      } catch {
        continue;
      }
      expect(encodePartSet(parts), `"${text}" was read as ${JSON.stringify(parts)}`).toBe(text);
    }
  });
});
