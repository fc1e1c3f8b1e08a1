import { SEARCH_FILTERS, type SearchFilter } from '../facts.ts';

/**
 * The search page's state and its URL, `/search/?q=Wavertree&type=Person&year=2019`:
 * `q` the words, one parameter per filter (repeated for several values), `sort` unless
 * newest first. Pure functions; the page script (app.ts) does the DOM and history.
 */

/**
 * The orders of the article results; the first is the default. Newest first is the
 * default because the index is read a period at a time, newest first, so a first search
 * reads one period rather than the whole archive (docs/search.md); "Best match" ranks
 * across every period that holds the words.
 */
export const SORT_ORDERS = ['newest', 'oldest', 'relevance'] as const;
export const DEFAULT_SORT: SortOrder = 'newest';
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  /** The words as typed (the URL keeps them as typed, minus outer spaces). */
  query: string;
  /** Selected values per filter: a page matches any value within a filter, and every filter. */
  filters: Record<SearchFilter, string[]>;
  sort: SortOrder;
}

export function emptyState(): SearchState {
  return { query: '', filters: emptyFilters(), sort: DEFAULT_SORT };
}

function emptyFilters(): Record<SearchFilter, string[]> {
  return Object.fromEntries(SEARCH_FILTERS.map((f) => [f, []])) as unknown as Record<
    SearchFilter,
    string[]
  >;
}

/**
 * Reads the state from a query string; unknown parameters are ignored, repeated or
 * empty filter values dropped, an unknown sort read as the default.
 * @example stateFromSearch('?q=Wavertree&type=Person&year=2019&year=2019').filters.year // ['2019']
 */
export function stateFromSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.query = params.get('q') ?? '';
  for (const filter of SEARCH_FILTERS) {
    state.filters[filter] = [
      ...new Set(
        params
          .getAll(filter)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      ),
    ];
  }
  const sort = params.get('sort');
  state.sort = (SORT_ORDERS as readonly string[]).includes(sort ?? '')
    ? (sort as SortOrder)
    : DEFAULT_SORT;
  return state;
}

/**
 * The query string for a state, in a fixed order (q, the filters in SEARCH_FILTERS order,
 * sort), so equal states give equal URLs; '' for the empty state.
 * @example searchFromState({ query: ' Wavertree ', filters: { ...none, type: ['Person'] }, sort: 'relevance' }) // '?q=Wavertree&type=Person'
 */
export function searchFromState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query !== '') params.set('q', query);
  for (const filter of SEARCH_FILTERS)
    for (const value of state.filters[filter]) params.append(filter, value);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether there is anything to search for: words, or at least one filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || SEARCH_FILTERS.some((f) => state.filters[f].length > 0);
}

/** Whether any filter value is selected. */
export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((f) => state.filters[f].length > 0);
}

/**
 * A copy of the state with one filter value selected or not.
 * @example withFilter(state, 'year', '2019', true).filters.year // [...state.filters.year, '2019']
 */
export function withFilter(
  state: SearchState,
  filter: SearchFilter,
  value: string,
  selected: boolean,
): SearchState {
  const current = state.filters[filter].filter((v) => v !== value);
  return {
    ...state,
    filters: { ...state.filters, [filter]: selected ? [...current, value] : current },
  };
}

/** Pagefind's filter argument: any selected value within a filter, all filters together. */
export type PagefindFilterQuery = Partial<Record<SearchFilter, { any: string[] }>>;

/**
 * The `filters` option for `pagefind.search`, optionally leaving one filter out (to count
 * that filter's other values as if it were not applied).
 * @example pagefindFilters({ ...none, year: ['2015', '2019'], type: ['Article'] }) // { type: { any: ['Article'] }, year: { any: ['2015', '2019'] } }
 */
export function pagefindFilters(
  filters: Record<SearchFilter, string[]>,
  except?: SearchFilter,
): PagefindFilterQuery {
  const out: PagefindFilterQuery = {};
  for (const filter of SEARCH_FILTERS) {
    if (filter !== except && filters[filter].length > 0)
      out[filter] = { any: [...filters[filter]] };
  }
  return out;
}

/** The term for `pagefind.search`: the words, or null to list every page the filters allow. */
export function pagefindTerm(state: SearchState): string | null {
  const query = state.query.trim();
  return query === '' ? null : query;
}

/** What changed the state: typing in the box, or a deliberate act (Enter, a filter, the sort order). */
export type ChangeCause = 'typing' | 'commit';

/**
 * Whether a new state gets its own history entry. Typing adds one entry for the new words
 * and then keeps replacing it while the reader types on, so Back returns to the previous
 * search rather than to each keystroke; a deliberate act always adds an entry. Nothing is
 * recorded when the URL would not change.
 * @example historyAction({ fromTyping: true, sameUrl: false }, 'typing') // 'replace'
 * @example historyAction({ fromTyping: false, sameUrl: false }, 'typing') // 'push'
 */
export function historyAction(
  current: { fromTyping: boolean; sameUrl: boolean },
  cause: ChangeCause,
): 'push' | 'replace' | 'none' {
  if (current.sameUrl) return 'none';
  if (cause === 'typing' && current.fromTyping) return 'replace';
  return 'push';
}
