import { describe, expect, test } from 'vitest';
import { aroundAccessDate, bibtexCitation, escapeBibtex, harvardCitation } from './citation.ts';

const accessed = new Date(2026, 10, 25);
const herald = {
  title: 'McDonnell brushes aside claims',
  slug: 'mcdonnell-brushes-aside-claims',
  date: '2018-09-11',
  datePrecision: 'day' as const,
  dateSource: 'seed-marker' as const,
  publication: { slug: 'the-herald', name: 'The Herald', source: 'editorial' as const },
};
const huffpost = {
  ...herald,
  title: "Candidates 'To Meet' & Talk",
  slug: 'candidates-to-meet-and-talk',
  date: '2015-08',
  datePrecision: 'month' as const,
  dateSource: 'editorial' as const,
  publication: { slug: 'huffpost-uk', name: 'HuffPost UK', source: 'editorial' as const },
};
const url = 'https://archive.example/articles/x/';

describe('harvardCitation', () => {
  test('a dated article cites day and month', () => {
    expect(harvardCitation({ article: herald, url, accessed })).toBe(
      '‘McDonnell brushes aside claims’ (2018) The Herald, 11 September. Available at: https://archive.example/articles/x/ (Accessed: 25 November 2026).',
    );
  });
  test('a month-precision estimate cites the month only and says it is estimated', () => {
    expect(harvardCitation({ article: huffpost, url, accessed })).toBe(
      "‘Candidates 'To Meet' & Talk’ (2015) HuffPost UK, August [date estimated by the archive]. Available at: https://archive.example/articles/x/ (Accessed: 25 November 2026).",
    );
  });
  test('an unknown publisher and date are left out, not guessed', () => {
    const unknown = {
      ...herald,
      date: null,
      datePrecision: 'unknown' as const,
      dateSource: 'none' as const,
      publication: { slug: null, name: 'Unknown', source: 'unknown' as const },
    };
    expect(harvardCitation({ article: unknown, url, accessed })).toBe(
      '‘McDonnell brushes aside claims’ (no date) Available at: https://archive.example/articles/x/ (Accessed: 25 November 2026).',
    );
  });
});

describe('escapeBibtex', () => {
  test('escapes TeX special characters', () => {
    expect(escapeBibtex('50% & more_ #1 {x} ~ ^ \\')).toBe(
      '50\\% \\& more\\_ \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});

describe('bibtexCitation', () => {
  test('a day-precision article', () => {
    expect(bibtexCitation({ article: herald, url, accessed })).toBe(
      [
        '@article{the-herald:2018:mcdonnell,',
        '  title = {{McDonnell brushes aside claims}},',
        '  journal = {The Herald},',
        '  year = {2018},',
        '  month = {sep},',
        '  day = {11},',
        '  url = {https://archive.example/articles/x/},',
        '  urldate = {2026-11-25}',
        '}',
      ].join('\n'),
    );
  });
  test('a month-precision estimate has no day and a note', () => {
    const entry = bibtexCitation({ article: huffpost, url, accessed });
    expect(entry).toContain("title = {{Candidates 'To Meet' \\& Talk}}");
    expect(entry).toContain('month = {aug}');
    expect(entry).not.toContain('day =');
    expect(entry).toContain('note = {Date estimated by the archive editors}');
  });
});

describe('a citation without an access date (the static page)', () => {
  const headlineWithBlank = { ...herald, title: 'Fill in the [date of access] here' };

  test('leaves the date blank in both forms, for the reader or the page to fill', () => {
    expect(harvardCitation({ article: herald, url, accessed: null })).toMatch(
      / \(Accessed: \[date of access\]\)\.$/,
    );
    expect(bibtexCitation({ article: herald, url, accessed: null })).toContain(
      '  urldate = {[date of access]}\n}',
    );
  });

  test('is cut around the last blank, so a headline with the same words stays whole', () => {
    const [before, after] = aroundAccessDate(
      harvardCitation({ article: headlineWithBlank, url, accessed: null }),
    );
    expect(before).toBe(
      '‘Fill in the [date of access] here’ (2018) The Herald, 11 September. Available at: https://archive.example/articles/x/ (Accessed: ',
    );
    expect(after).toBe(').');
  });

  test('a citation with its date given cannot be cut', () => {
    expect(() => aroundAccessDate(harvardCitation({ article: herald, url, accessed }))).toThrow(
      /no blank access date/,
    );
  });
});
