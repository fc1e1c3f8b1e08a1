import { describe, expect, test } from 'vitest';
import type { Publication } from '../../src/schemas/editorial.ts';
import { blocksToMarkdown, markdownToMdast } from './markdown.ts';
import { identifyPublication } from './publication.ts';
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
    expect(summarise('Standfirst', 'Opening.')).toEqual({ text: 'Standfirst', source: 'standfirst' });
  });
  test('cuts a long opening paragraph at a sentence end', () => {
    const opening = `${'Short sentence here with several words in it. '.repeat(6)}`.trim();
    const { text, source } = summarise(null, opening);
    expect(source).toBe('opening-paragraph');
    expect(text.endsWith('.')).toBe(true);
    expect(text.split(' ').length).toBeLessThanOrEqual(45);
  });
});

describe('identifyPublication', () => {
  const publications: Publication[] = [
    { slug: 'bbc-news', name: 'BBC News', description: '', signatures: ['image copyright', 'More on this story'], source: '' },
    { slug: 'the-herald', name: 'The Herald', description: '', signatures: ['told The Herald'], source: '' },
  ];
  test('an editor’s identification must rest on words in the seed', () => {
    expect(identifyPublication('a.txt', 'one MP told The Herald', { slug: 'the-herald', evidence: 'told The Herald' }, publications)).toEqual({
      slug: 'the-herald',
      name: 'The Herald',
      source: 'editorial',
      evidence: 'told The Herald',
    });
    expect(() => identifyPublication('a.txt', 'nothing here', { slug: 'the-herald', evidence: 'told The Herald' }, publications)).toThrow(
      'a.txt:1: editorial evidence for The Herald ("told The Herald") does not occur in the seed',
    );
  });
  test('without an editor, the publisher with most signatures wins; none or a tie is unknown', () => {
    expect(identifyPublication('a.txt', 'image copyrightX\nMore on this story', undefined, publications).slug).toBe('bbc-news');
    expect(identifyPublication('a.txt', 'plain text', undefined, publications)).toEqual({ slug: null, name: 'Unknown', source: 'unknown' });
    expect(identifyPublication('a.txt', 'image copyright; told The Herald', undefined, publications).source).toBe('unknown');
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
    expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => ('value' in c ? c.value : '?')).join('')).toBe(text);
  });
  test('captions become directives that keep their credit', () => {
    expect(blocksToMarkdown([{ kind: 'caption', caption: 'Two MPs', credit: 'Getty "Images"', line: 1 }])).toBe(
      ':::caption{credit="Getty &#x22;Images&#x22;"}\nTwo MPs\n:::\n',
    );
  });
});
