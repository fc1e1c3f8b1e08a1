import { describe, expect, test } from 'vitest';
import { blocksToMarkdown, markdownToMdast } from './markdown.ts';
import { slugify } from './slug.ts';
import { summarise } from './summary.ts';

describe('slugify', () => {
  test('lowercases, folds accents and punctuation, keeps words', () => {
    expect(slugify('Labour row erupts over no confidence vote in Luciana Berger')).toBe(
      'labour-row-erupts-over-no-confidence-vote-in-luciana-berger',
    );
    expect(slugify("Candidates 'To Meet' & Talk — Café")).toBe('candidates-to-meet-and-talk-cafe');
  });
  test('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 20);
    expect(slug).toBe('word-word-word-word');
  });
  test('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('untitled');
  });
});

describe('summarise', () => {
  test('prefers the publisher standfirst', () => {
    expect(summarise('Standfirst', 'Opening.')).toEqual({
      text: 'Standfirst',
      source: 'standfirst',
    });
  });
  test('cuts a long opening paragraph at a sentence end', () => {
    const opening = `${'Short sentence here with several words in it. '.repeat(6)}`.trim();
    const { text, source } = summarise(null, opening);
    expect(source).toBe('opening-paragraph');
    expect(text.endsWith('.')).toBe(true);
    expect(text.split(' ').length).toBeLessThanOrEqual(45);
  });
});

describe('blocksToMarkdown', () => {
  test('escapes markdown and HTML so the text round-trips as text', () => {
    const text = 'A <script>alert(1)</script> *star* [link](x) _under_ # hash 1. list';
    const markdown = blocksToMarkdown([{ kind: 'paragraph', text, line: 1 }]);
    const tree = markdownToMdast(markdown);
    expect(tree.children).toHaveLength(1);
    const paragraph = tree.children[0]!;
    expect(paragraph.type).toBe('paragraph');
    expect(
      paragraph.type === 'paragraph' &&
        paragraph.children.map((c) => ('value' in c ? c.value : '?')).join(''),
    ).toBe(text);
  });
  test('captions become directives that keep their credit', () => {
    expect(
      blocksToMarkdown([
        { kind: 'caption', caption: 'Two MPs', credit: 'Getty "Images"', line: 1 },
      ]),
    ).toBe(':::caption{credit="Getty &#x22;Images&#x22;"}\nTwo MPs\n:::\n');
  });
});
