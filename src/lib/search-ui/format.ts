import { RESULT_TYPES, type SearchFilter } from '../search.ts';
import type { SortOrder } from './state.ts';

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
export function paragraphOfFirstMatch(locations: readonly number[] = [], anchors: ResultFragment['anchors'] = []): string {
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
  const href = paragraph && !fragment.url.includes('#') ? `${fragment.url}#${paragraph}` : fragment.url;
  const type = fragment.meta['type'] ?? fragment.filters?.['type']?.[0] ?? 'Page';
  const details = [fragment.meta['date'], fragment.meta['publication']].filter((d): d is string => typeof d === 'string' && d !== '');
  return { href, title: fragment.meta['title']?.trim() || fragment.url, excerptHtml: fragment.excerpt, type, details };
}

/**
 * The sentence the live region announces after each search.
 * @example countMessage(1, 'Wavertree', false) // '1 result for “Wavertree”.'
 * @example countMessage(0, '', true) // 'No pages match the chosen filters.'
 */
export function countMessage(count: number, query: string, filtered: boolean): string {
  const words = query.trim();
  const n = count === 0 ? 'No' : String(count);
  if (words === '') return `${count === 0 ? 'No' : count} ${count === 1 ? 'page matches' : 'pages match'} the chosen filters.`;
  return `${n} ${count === 1 ? 'result' : 'results'} for “${words}”${filtered ? ', with the chosen filters' : ''}.`;
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
const TYPE_LABELS: Record<string, string> = { Article: 'Articles', Person: 'People', Constituency: 'Constituencies' };

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
export function filterOptions(filter: SearchFilter, counts: Record<string, number> = {}, selected: readonly string[] = []): FilterOption[] {
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
    if (filter === 'year') return b.value.localeCompare(a.value);
    if (filter === 'type') return typeOrder(a.value) - typeOrder(b.value) || a.value.localeCompare(b.value);
    return a.value.localeCompare(b.value, 'en-GB', { sensitivity: 'base' });
  });
}

/**
 * Counts to show per filter: a filter with selected values is counted as if it were not
 * applied (so its other values still show how many they would add), every other filter
 * from the results as they stand.
 * @example facetCounts({ year: { '2015': 2 }, type: { Article: 2 } }, { year: { '2015': 2, '2019': 1 } })
 *   // { year: { '2015': 2, '2019': 1 }, type: { Article: 2 } }
 */
export function facetCounts(current: FilterCounts, withoutOwnFilter: Partial<Record<SearchFilter, Record<string, number>>>): FilterCounts {
  return { ...current, ...withoutOwnFilter } as FilterCounts;
}

/** The note shown under the results for a date order (Pagefind leaves undated pages out of it). */
export function sortNote(sort: SortOrder): string {
  return sort === 'relevance' ? '' : 'Date order lists dated articles only: people and constituencies have no date.';
}
