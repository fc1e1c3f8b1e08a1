import { describe, expect, test } from 'vitest';
import { buildArticle } from '../../scripts/ingest/build-article.ts';
import { decodeSeed } from '../../scripts/ingest/decode.ts';
import { loadEditorial } from '../../scripts/ingest/seed-builder.ts';

const context = await loadEditorial({
  facts: 'src/data/article-facts.json',
  publications: 'src/data/publications.json',
  topics: 'src/data/topics.json',
  registry: 'src/data',
});

const bytes = (text: string) => Buffer.from(text, 'utf8');
const build = (name: string, text: string) =>
  buildArticle({ path: `seeds/${name}`, name, bytes: bytes(text) }, context);

const SEED = (headline: string, paragraph: string) =>
  `${headline}\n\n${paragraph}\n\nThe meeting was held on Friday evening in Liverpool.\n`;

describe('seed text is normalised on the way in, each change logged', () => {
  test('control characters other than tab and newline are removed and logged', () => {
    const { text, notes } = decodeSeed(
      'seeds/a.txt',
      bytes('A\u0000 vote\u001b[31m\n\ttoday\u0085\u007f\n'),
    );
    expect(text).toBe('A vote[31m\n\ttoday\n');
    expect(notes).toContain('removed 4 control characters (first on line 1)');
  });

  test('a seed that is mostly control characters is refused, naming file and line', () => {
    const junk = `Title\n${'\u0001\u0002\u0003'.repeat(20)}\n`;
    expect(() => decodeSeed('seeds/b.txt', bytes(junk))).toThrow(
      'seeds/b.txt:2: mostly control characters',
    );
  });

  test('bidi controls are removed, so a headline reads as the source reads', () => {
    const article = build(
      'c.txt',
      SEED('Labour \u202esngiser\u202c leader', 'A party leader resigned after a long row.'),
    );
    expect(article.data.title).toBe('Labour sngiser leader');
    expect(article.log.join('\n')).toContain('removed 2 bidirectional controls (first on line 1)');
  });

  test('a zero-width space inside a name does not stop it being linked', () => {
    const paragraph =
      'Luciana Ber\u200bger lost a vote of no confidence in her constituency party.';
    const article = build('d.txt', SEED('Vote against an MP in Liverpool', paragraph));
    expect(article.data.people).toContain('luciana-berger');
    expect(article.file).not.toMatch(/[\u200b\u202e\u0000-\u0008]/u);
  });

  test('joiners that mean something outside Latin words are kept', () => {
    const { text } = decodeSeed(
      'seeds/e.txt',
      bytes('Family \u{1F468}\u200d\u{1F469} and co\u200doperate\n'),
    );
    expect(text).toBe('Family \u{1F468}\u200d\u{1F469} and cooperate\n');
  });
});

describe('duplicates are found by journalism, whatever its whitespace', () => {
  test('a double space, an NBSP or CRLF endings do not make a second article', () => {
    const paragraph = 'Luciana Berger lost a vote of no confidence in her constituency party.';
    const plain = build('f.txt', SEED('Vote against an MP in Liverpool', paragraph));
    const spaced = build(
      'g.txt',
      SEED('Vote against an MP in Liverpool', paragraph.replace(' lost', '  lost')),
    );
    const nbsp = build(
      'h.txt',
      SEED('Vote against an MP in Liverpool', paragraph.replace(' vote', '\u00a0vote')),
    );
    const crlf = build(
      'i.txt',
      SEED('Vote against an MP in Liverpool', paragraph).replaceAll('\n', '\r\n'),
    );
    expect(spaced.journalismHash).toBe(plain.journalismHash);
    expect(nbsp.journalismHash).toBe(plain.journalismHash);
    expect(crlf.journalismHash).toBe(plain.journalismHash);
    const other = build(
      'j.txt',
      SEED('Vote against an MP in Liverpool', paragraph.replace('lost', 'won')),
    );
    expect(other.journalismHash).not.toBe(plain.journalismHash);
  });
});
