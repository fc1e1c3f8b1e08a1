import { describe, expect, test } from 'vitest';
import { excerptAround } from './excerpt.ts';

describe('excerptAround', () => {
  const text =
    'But Nottingham East MP Chris Leslie said his response was "ridiculous" and then left the meeting early.';
  test('keeps whole words on both sides and marks cuts', () => {
    const start = text.indexOf('Chris Leslie');
    expect(excerptAround(text, start, start + 12, 20)).toEqual({
      before: '…Nottingham East MP ',
      match: 'Chris Leslie',
      after: ' said his response…',
    });
  });
  test('a short paragraph comes back whole', () => {
    expect(excerptAround('Ms Berger left.', 0, 9)).toEqual({
      before: '',
      match: 'Ms Berger',
      after: ' left.',
    });
  });
  test('never cuts into the match', () => {
    const e = excerptAround('a'.repeat(50) + ' Name ' + 'b'.repeat(50), 51, 55, 3);
    expect(e).toEqual({ before: '…', match: 'Name', after: '…' });
  });
});
