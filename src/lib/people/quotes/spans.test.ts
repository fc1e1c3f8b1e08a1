import { describe, expect, test } from 'vitest';
import { seed000, seed002 } from '../fixtures/seed-articles.ts';
import { findQuoteSpans, inRanges, quotedRanges } from './spans.ts';

const quotedText = (paragraphs: string[]) =>
  findQuoteSpans(paragraphs).map((chain) =>
    chain.parts.map((part) =>
      paragraphs[part.paragraph]!.slice(part.open, part.closed ? part.close + 1 : undefined),
    ),
  );

describe('findQuoteSpans', () => {
  test('straight and curly double quotes, even mixed (seed 000 opens with “ and closes with ")', () => {
    expect(
      quotedText(['“People will have their view," he said.', 'She said "no" and "yes".']),
    ).toEqual([['“People will have their view,"'], ['"no"'], ['"yes"']]);
  });

  test('a quote left open runs on into a paragraph that opens with a quotation mark (seed 000, paragraphs 6–7)', () => {
    const chains = findQuoteSpans(seed000.paragraphs);
    const running = chains.find((c) => c.parts.length > 1)!;
    expect(running.parts.map((p) => [p.paragraph + 1, p.closed])).toEqual([
      [6, false],
      [7, true],
    ]);
  });

  test('single quotes nested in double quotes are part of the quotation, not quotations', () => {
    expect(quotedText([`told PoliticsHome: "It's like … shouted 'Long Live Stalin'."`])).toEqual([
      [`"It's like … shouted 'Long Live Stalin'."`],
    ]);
  });

  test('The Spectator’s single quotes: apostrophes inside words and after plurals are not closing marks', () => {
    expect(
      quotedText([
        'while Cooper said yesterday ‘I see no evidence and that’s not what I’m looking at’.',
        'Following the MPs’ meeting, she left.',
      ]),
    ).toEqual([['‘I see no evidence and that’s not what I’m looking at’']]);
  });

  test('seed 002: the letter runs over three paragraphs, each reopened with ‘', () => {
    const chains = findQuoteSpans(seed002.paragraphs);
    expect(chains.map((c) => c.parts.map((p) => p.paragraph + 1))).toEqual([
      [1],
      [3, 4, 5],
      [7],
      [8],
    ]);
  });

  test('an unclosed single quote that does not run on was an apostrophe', () => {
    expect(quotedText(["the 'eighties were 'different", 'Next paragraph.'])).toEqual([]);
  });
});

describe('quotedRanges and inRanges', () => {
  test('per paragraph ranges, marks included, searched by bisection', () => {
    const ranges = quotedRanges(findQuoteSpans(['a "b c" d "e"']), 1);
    expect(ranges).toEqual([
      [
        [2, 7],
        [10, 13],
      ],
    ]);
    expect(inRanges(ranges[0], 3, 5)).toBe(true);
    expect(inRanges(ranges[0], 8)).toBe(false);
    expect(inRanges(ranges[0], 6, 9)).toBe(false);
    expect(inRanges(ranges[0], 11)).toBe(true);
  });
});
