import { describe, expect, test } from 'vitest';
import type { Block } from './structure.ts';
import { endsTruncated, isTruncated } from './truncation.ts';

describe('isTruncated', () => {
  test.each([
    'And the vote on the bill will be held on Tues',
    'Also, they will reflect at times their view about the performances of their l',
    'Chuka Umunna has urged Mr Corbyn to call off the dogs to stop MPs being driven out of the party,',
  ])('"%s" stops mid-sentence', (line) => {
    expect(isTruncated(line)).toBe(true);
  });
  test.each([
    'The vote will be held on Tuesday.',
    'Is this the end?',
    '“It will stand,” she said.',
    'The result will stand”',
    'Related reading (in print)',
    'Brexit rebels',
  ])('"%s" ends where it should', (line) => {
    expect(isTruncated(line)).toBe(false);
  });
});

describe('endsTruncated', () => {
  test('a cut-off last line read as a caption becomes the paragraph it was', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'The vote was lost.', line: 1 },
      {
        kind: 'caption',
        caption: 'And the vote on the bill will be held on Tues',
        credit: null,
        line: 2,
      },
    ];
    expect(endsTruncated(blocks)).toBe(true);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'And the vote on the bill will be held on Tues',
      line: 2,
    });
  });
  test('a credited picture or a crosshead at the end is not a cut-off text', () => {
    expect(
      endsTruncated([
        {
          kind: 'caption',
          caption: 'The minister arriving at the meeting in Leeds',
          credit: 'PA',
          line: 1,
        },
      ]),
    ).toBe(false);
    expect(endsTruncated([{ kind: 'subheading', text: 'More to come', line: 1 }])).toBe(false);
    expect(endsTruncated([])).toBe(false);
  });
});
