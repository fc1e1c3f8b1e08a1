import { describe, expect, test } from 'vitest';
import { toCsv } from './open-data.ts';

describe('toCsv', () => {
  test('quotes fields with commas and quotes, joins lists with |, leaves null empty', () => {
    expect(toCsv([{ a: 'x, y', b: ['p', 'q'], c: null, d: 'say "hi"', e: 3 }])).toBe(
      'a,b,c,d,e\r\n"x, y",p|q,,"say ""hi""",3\r\n',
    );
  });
  test('an empty list of rows is an empty header line', () => {
    expect(toCsv([])).toBe('\r\n');
  });
});
