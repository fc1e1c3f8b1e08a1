import { describe, expect, test } from 'vitest';
import matter from 'gray-matter';
import { formatArticleFile, parseArticleFile } from './article-file.ts';

describe('article files', () => {
  const data = {
    title: 'A "quoted" headline',
    date: null,
    people: ['rosie-duffield'],
    mentions: [
      { person: 'rosie-duffield', paragraph: 1, start: 0, end: 13 },
      { person: 'rosie-duffield', paragraph: 2, start: 4, end: 12 },
    ],
    quotes: [],
  };
  const body = 'Rosie Duffield said so.\n\n:::caption\nA caption\n:::\n';

  test('round-trips the record and the body exactly', () => {
    const file = formatArticleFile(data, body);
    expect(parseArticleFile(file, 'x.md')).toEqual({ data, body });
  });

  test('lays the record out one key, and one list element, per line', () => {
    const lines = formatArticleFile(data, body).split('\n');
    expect(lines.slice(0, 3)).toEqual(['---json', '{', '"title": "A \\"quoted\\" headline",']);
    expect(lines).toContain('  {"person":"rosie-duffield","paragraph":2,"start":4,"end":12}');
    expect(lines).toContain('"quotes": []');
  });

  test('leaves out fields that are undefined, as JSON would', () => {
    expect(formatArticleFile({ title: 'T', titleNote: undefined }, 'B')).toBe(
      '---json\n{\n"title": "T"\n}\n---\nB\n',
    );
  });

  test('still reads YAML frontmatter', () => {
    expect(parseArticleFile('---\ntitle: T\n---\nBody\n', 'x.md')).toEqual({
      data: { title: 'T' },
      body: 'Body\n',
    });
  });

  test('names the file when there is no frontmatter or it does not parse', () => {
    expect(() => parseArticleFile('Just text\n', 'src/content/articles/x.md')).toThrow(
      'src/content/articles/x.md:1: expected frontmatter',
    );
    expect(() => parseArticleFile('---json\n{"title": }\n---\nB\n', 'y.md')).toThrow(
      /^y\.md: frontmatter is not valid JSON/,
    );
  });
});

describe('reading a ---json file reads it exactly as gray-matter does', () => {
  const files = [
    formatArticleFile(
      { title: 'T', people: ['a'], mentions: [{ person: 'a', paragraph: 1 }] },
      'Body.\n\nMore.\n',
    ),
    '---json\n{"title": "No body"}\n---\n',
    '---json\n{"title": "No closing line"}\n',
    '---json\n{"title": "CRLF body"}\n---\r\nBody\r\n',
    '---json\n{"title": "Closing run on"}\n----\nBody\n',
    '---json\n# a comment line\n\n---\nBody after an empty block\n',
    '---json\n{\n"title": "A \\"#\\" in a value"\n}\n---\n\n\nBody after blank lines\n',
  ];
  test.each(files)('%j', (file) => {
    const expected = matter(file, {});
    expect(parseArticleFile(file, 'x.md')).toEqual({ data: expected.data, body: expected.content });
  });

  test('a broken JSON block names the file', () => {
    expect(() => parseArticleFile('---json\n{"title": }\n---\nB\n', 'z.md')).toThrow(
      /^z\.md: frontmatter is not valid JSON/,
    );
  });
});
