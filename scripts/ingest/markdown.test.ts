import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, blocksToMdast, isPlainText, stockSerialiser } from './markdown.ts';
import type { Block } from './structure.ts';

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  'vote',
  'MPs',
  'Labour',
  '2019',
  '40',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\r',
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  '"',
  "'",
  '“',
  '”',
  '’',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '&',
  '#',
  '*',
  '_',
  '`',
  '~',
  '|',
  '\\',
  '/',
  '+',
  '-',
  '=',
  '@',
  '$',
  '%',
  '^',
  '£',
  '–',
  '—',
  'é',
  '1.',
  '2)',
  ':x',
  '::',
  '&amp;',
  '<b>',
  '![a]',
  '](b)',
  'http://x.y',
  '#1',
  '—',
];

function randomText(next: () => number): string {
  const length = 1 + Math.floor(next() * 12);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

function randomBlock(next: () => number): Block {
  const kind = next();
  if (kind < 0.6) return { kind: 'paragraph', text: randomText(next), line: 1 };
  if (kind < 0.8) return { kind: 'subheading', text: randomText(next), line: 1 };
  return {
    kind: 'caption',
    caption: randomText(next),
    credit: next() < 0.5 ? randomText(next) : null,
    line: 1,
  };
}

describe('blocksToMarkdown', () => {
  it('writes exactly what the stock serialiser writes, for 20,000 texts full of markdown syntax', () => {
    const next = random(20261204);
    for (let i = 0; i < 20_000; i++) {
      const blocks = [randomBlock(next), randomBlock(next), randomBlock(next)];
      const expected = stockSerialiser.stringify(blocksToMdast(blocks));
      const actual = blocksToMarkdown(blocks);
      if (actual !== expected)
        expect({ case: i, blocks, actual }).toEqual({ case: i, blocks, actual: expected });
    }
  });

  it('escapes what would otherwise be markup, as the stock serialiser does', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: '1. <script>*not* a [link](x) 3:30', line: 1 },
    ];
    expect(blocksToMarkdown(blocks)).toBe(stockSerialiser.stringify(blocksToMdast(blocks)));
    expect(blocksToMarkdown(blocks)).toContain('\\<script>');
  });
});

describe('isPlainText', () => {
  it('takes the sentences of ordinary reporting', () => {
    const sentences = [
      'The Prime Minister said the vote, held on Tuesday, was "a matter for MPs".',
      'Labour’s majority fell from 12,000 to 4,500 (a swing of 6.5%).',
      'She said: “We will not stand aside.”',
      'Turnout was 67.3% — up on 2017.',
    ];
    for (const s of sentences) expect(isPlainText(s), s).toBe(true);
  });

  it('leaves to the serialiser every text whose characters could read as markup', () => {
    const risky = [
      '1. A list?',
      '# Heading',
      '- item',
      '> quote',
      'a *b*',
      'a_b',
      'x <b>',
      'a & b',
      'at 3:30',
      'a [b]',
      'end ',
      ' start',
      'a\nb',
      'a\\b',
      '~~x',
    ];
    for (const s of risky) expect(isPlainText(s), s).toBe(false);
  });
});
