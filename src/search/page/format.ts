import { RESULT_TYPES, type SearchFilter } from '../facts.ts';
import type { SortOrder } from './state.ts';
import { compareCodePoints } from '../../lib/order.ts';

/** Filter value → number of results, per filter (Pagefind's `filters` / `totalFilters`). */
export type FilterCounts = Record<string, Record<string, number>>;

/** The parts of a Pagefind result fragment (`await result.data()`) the page shows. */
export interface ResultFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  /** Word positions of the matches in the page's content. */
  locations?: number[];
  /** Elements with ids and the word position where each starts. */
  anchors?: { element: string; id: string; location: number }[];
}

/** One result as the page lists it. */
export interface ResultView {
  href: string;
  title: string;
  /** Pagefind's excerpt: text already HTML-escaped, matches wrapped in `<mark>`. */
  excerptHtml: string;
  type: string;
  /** Date label, publication: shown after the type when present. */
  details: string[];
}

/** Numbered paragraph anchors written by rehypeParagraphAnchors: `p1`, `p2`, … */
const PARAGRAPH_ID = /^p\d+$/;

/**
 * The paragraph holding the first match, as a fragment for the result link (`#p4`), so
 * the reader lands on the words; '' when the match is not in a numbered paragraph.
 * @example paragraphOfFirstMatch([30, 12], [{ element: 'p', id: 'p1', location: 5 }, { element: 'p', id: 'p2', location: 20 }]) // 'p1'
 */
export function paragraphOfFirstMatch(
  locations: readonly number[] = [],
  anchors: ResultFragment['anchors'] = [],
): string {
  if (locations.length === 0) return '';
  const first = Math.min(...locations);
  let best: { id: string; location: number } | undefined;
  for (const anchor of anchors) {
    if (!PARAGRAPH_ID.test(anchor.id) || anchor.location > first) continue;
    if (!best || anchor.location >= best.location) best = anchor;
  }
  return best?.id ?? '';
}

/**
 * A result fragment as the page shows it: title, link (with Pagefind's highlight
 * parameters, to the paragraph of the first match), type, date and publication.
 * @example resultView({ url: '/articles/x/?highlight=berger', excerpt: '…', meta: { title: 'T', type: 'Article', date: 'February 2019', publication: 'BBC News' } })
 *   // { href: '/articles/x/?highlight=berger', title: 'T', excerptHtml: '…', type: 'Article', details: ['February 2019', 'BBC News'] }
 */
export function resultView(fragment: ResultFragment): ResultView {
  const paragraph = paragraphOfFirstMatch(fragment.locations, fragment.anchors);
  const href =
    paragraph && !fragment.url.includes('#') ? `${fragment.url}#${paragraph}` : fragment.url;
  const type = fragment.meta['type'] ?? fragment.filters?.['type']?.[0] ?? 'Page';
  // An article with no date says so, rather than showing nothing where the date goes.
  const date = fragment.meta['date'] ?? (type === 'Article' ? 'Date not known' : undefined);
  const details = [date, fragment.meta['publication']].filter(
    (d): d is string => typeof d === 'string' && d !== '',
  );
  return {
    href,
    title: fragment.meta['title']?.trim() || fragment.url,
    excerptHtml: fragment.excerpt,
    type,
    details,
  };
}

/** What one search found, as the live region announces it. */
export interface SearchSummary {
  /** The words as typed ('' for filters alone). */
  query: string;
  filtered: boolean;
  /** Person and constituency pages found. */
  people: number;
  /** Articles found so far. */
  articles: number;
  /** Whether every period that can hold results has been read (so `articles` is the total). */
  complete: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sentence the live region announces after each search.
 * @example summaryMessage({ query: 'Berger', filtered: false, people: 1, articles: 5, complete: true }) // '1 person or constituency and 5 articles for “Berger”.'
 * @example summaryMessage({ query: 'said', filtered: false, people: 0, articles: 10, complete: false }) // 'At least 10 articles for “said”.'
 * @example summaryMessage({ query: 'Dudley North', filtered: false, people: 2, articles: 28, complete: false }) // '2 people and constituencies and at least 28 articles for “Dudley North”.'
 * @example summaryMessage({ query: '', filtered: true, people: 0, articles: 0, complete: true }) // 'Nothing matches the chosen filters.'
 */
export function summaryMessage(summary: SearchSummary): string {
  const words = summary.query.trim();
  const found: string[] = [];
  if (summary.people > 0)
    found.push(plural(summary.people, 'person or constituency', 'people and constituencies'));
  if (summary.articles > 0 || !summary.complete)
    found.push(
      `${summary.complete ? '' : 'at least '}${plural(summary.articles, 'article', 'articles')}`,
    );
  const scope =
    words === ''
      ? 'the chosen filters'
      : `“${words}”${summary.filtered ? ', with the chosen filters' : ''}`;
  if (found.length === 0)
    return words === '' ? 'Nothing matches the chosen filters.' : `No results for ${scope}.`;
  const list = found.join(' and ');
  const sentence =
    words === ''
      ? `${list} ${found.length === 1 && summary.people + summary.articles === 1 ? 'matches' : 'match'} ${scope}.`
      : `${list} for ${scope}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The line above the article results saying in what order they come and how much of the
 * archive has been read for them: the index is read a period at a time (docs/search.md).
 * @example scopeMessage('newest', ['2019', '2018'], 5) // 'Newest first. Searched 2019 and 2018 so far, of 5 periods with matches; “Show more articles” reads on.'
 * @example scopeMessage('newest', ['2019', '2018'], 2) // 'Newest first, from both periods with matches.'
 */
export function scopeMessage(
  order: SortOrder,
  searched: readonly string[],
  periods: number,
): string {
  const lead =
    order === 'newest' ? 'Newest first' : order === 'oldest' ? 'Oldest first' : 'Best match';
  if (periods === 0) return '';
  if (searched.length >= periods)
    return `${lead}, from ${periods === 1 ? 'the one period' : periods === 2 ? 'both periods' : `all ${periods} periods`} with matches.`;
  const span =
    searched.length === 1
      ? searched[0]!
      : searched.length === 2
        ? `${searched[0]} and ${searched[1]}`
        : `${searched[0]} to ${searched.at(-1)}`;
  return `${lead}. Searched ${span} so far, of ${periods} periods with matches; “Show more articles” reads on.`;
}

/**
 * The note for query words no page of the archive holds, when others remain: Pagefind
 * leaves such a word out and searches for the rest. When no word remains there is nothing
 * to explain beyond "no results".
 * @example missingWordsMessage(['ashettworthh'], 2) // 'No page of the archive has “ashettworthh”, so the search is for the other words.'
 * @example missingWordsMessage(['zzz'], 1) // ''
 */
export function missingWordsMessage(missing: readonly string[], wordCount: number): string {
  if (missing.length === 0 || missing.length >= wordCount) return '';
  const quoted = missing.map((w) => `“${w}”`);
  const list =
    quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `No page of the archive has ${list}, so the search is for the other words.`;
}

/** How each filter is introduced on the page (the fieldset's legend). */
export const FILTER_LEGENDS: Record<SearchFilter, string> = {
  type: 'Result type',
  person: 'Person',
  constituency: 'Constituency',
  party: 'Party',
  publication: 'Publication',
  year: 'Year',
};

/** How the `type` filter's values read as options. */
const TYPE_LABELS: Record<string, string> = {
  Article: 'Articles',
  Person: 'People',
  Constituency: 'Constituencies',
};

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one filter group: values with results, plus any selected value (even
 * with none, so it can be cleared). Years newest first, result types in a fixed order,
 * everything else alphabetically.
 * @example filterOptions('year', { '2015': 2, '2019': 1, '2018': 0 }, ['2018'])
 *   // [{ value: '2019', count: 1, checked: false, … }, { value: '2018', count: 0, checked: true, … }, { value: '2015', count: 2, checked: false, … }]
 */
export function filterOptions(
  filter: SearchFilter,
  counts: Record<string, number> = {},
  selected: readonly string[] = [],
): FilterOption[] {
  const values = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected]);
  const options = [...values].map((value) => ({
    value,
    label: filter === 'type' ? (TYPE_LABELS[value] ?? value) : value,
    count: counts[value] ?? 0,
    checked: selected.includes(value),
  }));
  const typeOrder = (v: string) => {
    const i = (RESULT_TYPES as readonly string[]).indexOf(v);
    return i === -1 ? RESULT_TYPES.length : i;
  };
  return options.sort((a, b) => {
    if (filter === 'year') return compareCodePoints(b.value, a.value);
    if (filter === 'type')
      return typeOrder(a.value) - typeOrder(b.value) || compareCodePoints(a.value, b.value);
    return a.value.localeCompare(b.value, 'en-GB', { sensitivity: 'base' });
  });
}
