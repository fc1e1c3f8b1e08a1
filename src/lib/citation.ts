import { format } from 'date-fns';
import type { ArticleCardData } from '../schemas/article.ts';
import { parseArchiveDate } from './dates.ts';

type CitableArticle = Pick<
  ArticleCardData,
  'title' | 'date' | 'datePrecision' | 'dateSource' | 'publication' | 'slug'
>;

export interface CitationInput {
  article: CitableArticle;
  /** The archive URL of the article. */
  url: string;
  /**
   * When the reader accessed it; null on the static page, which shows {@link ACCESS_DATE_BLANK}
   * for the reader (or the page's script) to fill in: a build date would be wrong for every
   * later reader, and would make every page change every day.
   */
  accessed: Date | null;
}

/** What a citation says for an access date not yet known. */
export const ACCESS_DATE_BLANK = '[date of access]';

/**
 * A citation cut around its blank access date, for a page to mark it up; the last blank is
 * the date's, as a headline can hold the same words.
 * @example aroundAccessDate('‘A’ … (Accessed: [date of access]).') // ['‘A’ … (Accessed: ', ').']
 */
export function aroundAccessDate(citation: string): [before: string, after: string] {
  const at = citation.lastIndexOf(ACCESS_DATE_BLANK);
  if (at < 0) throw new Error(`citation has no blank access date: ${citation}`);
  return [citation.slice(0, at), citation.slice(at + ACCESS_DATE_BLANK.length)];
}

/**
 * A Harvard-style (Cite Them Right) reference for a newspaper article with no
 * named author: title first, then year, publication, day and month as known.
 * Editorial date estimates are flagged; an unknown publisher is left out, not guessed.
 * @example harvardCitation({ article, url, accessed }) // "‘Headline’ (2018) The Herald, 11 September. Available at: … (Accessed: 25 November 2026)."
 */
export function harvardCitation({ article, url, accessed }: CitationInput): string {
  const date = parseArchiveDate(article.date);
  const year = date ? format(date, 'yyyy') : 'no date';
  const published = [
    article.publication.slug ? article.publication.name : null,
    dayAndMonth(article),
  ]
    .filter(Boolean)
    .join(', ');
  const estimate = article.dateSource === 'editorial' ? ' [date estimated by the archive]' : '';
  return `‘${article.title}’ (${year}) ${published ? `${published}${estimate}. ` : ''}Available at: ${url} (Accessed: ${accessed ? format(accessed, 'd MMMM yyyy') : ACCESS_DATE_BLANK}).`;
}

function dayAndMonth(article: CitableArticle): string | null {
  const date = parseArchiveDate(article.date);
  if (!date) return null;
  return article.datePrecision === 'day' ? format(date, 'd MMMM') : format(date, 'MMMM');
}

/**
 * Escapes text for a BibTeX field value.
 * @example escapeBibtex('50% & more_') // '50\\% \\& more\\_'
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/** A BibTeX `@article` entry; the key is stable (publication, year, first headline word). */
export function bibtexCitation({ article, url, accessed }: CitationInput): string {
  const date = parseArchiveDate(article.date);
  const firstWord = article.slug.split('-')[0] ?? 'article';
  const key = [
    article.publication.slug ?? 'unknown',
    date ? format(date, 'yyyy') : 'nd',
    firstWord,
  ].join(':');
  const fields: [string, string][] = [['title', `{${escapeBibtex(article.title)}}`]];
  if (article.publication.slug) fields.push(['journal', escapeBibtex(article.publication.name)]);
  if (date) {
    fields.push(['year', format(date, 'yyyy')]);
    fields.push(['month', format(date, 'MMM').toLowerCase()]);
    if (article.datePrecision === 'day') fields.push(['day', format(date, 'd')]);
  }
  fields.push(['url', url]);
  fields.push(['urldate', accessed ? format(accessed, 'yyyy-MM-dd') : ACCESS_DATE_BLANK]);
  if (article.dateSource === 'editorial')
    fields.push(['note', 'Date estimated by the archive editors']);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@article{${key},\n${body}\n}`;
}
