import { HIGHLIGHT_PARAM, SEARCH_FILTERS, SEARCH_RANKING, type SearchFilter } from '../search.ts';
import { countMessage, facetCounts, FILTER_LEGENDS, type FilterCounts, filterOptions, type ResultFragment, resultView, sortNote } from './format.ts';
import {
  type ChangeCause,
  hasCriteria,
  hasFilters,
  historyAction,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  searchFromState,
  type SortOrder,
  stateFromSearch,
  withFilter,
} from './state.ts';

/**
 * The search page's script: Pagefind's JS API (`/pagefind/pagefind.js`, from the site
 * itself) behind the markup in SearchApp.astro. Pure logic lives in state.ts and
 * format.ts; this file only reads events, calls Pagefind, and writes the DOM and history.
 */

interface PagefindResults {
  results: { id: string; data(): Promise<ResultFragment> }[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResults>;
  debouncedSearch(term: string | null, options?: Record<string, unknown>, wait?: number): Promise<PagefindResults | null>;
  filters(): Promise<FilterCounts>;
}

/** Results rendered at a time; "Show more results" adds as many again. */
const PAGE_SIZE = 20;
/** Pause after a keystroke before searching (Pagefind's own default). */
const TYPING_DELAY_MS = 300;
/** Filter groups taller than this many options scroll. */
const LONG_GROUP = 8;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

export async function startSearch(): Promise<void> {
  const app = byId('search-app');
  const noscript = byId('search-nojs');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const status = byId('search-status');
  const note = byId('search-sort-note');
  const filtersBox = byId('search-filters');
  const filtersPanel = byId<HTMLDetailsElement>('search-filters-panel');
  // Beside the results on wide screens; folded away above them on narrow ones.
  filtersPanel.open = window.matchMedia('(min-width: 52rem)').matches;
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');

  let state = stateFromSearch(window.location.search);
  const showControls = () => {
    if (input.value !== state.query) input.value = state.query;
    sortSelect.value = state.sort;
  };
  showControls();
  noscript.hidden = true;
  app.hidden = false;
  let pagefind: Pagefind;
  try {
    const bundle = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ ranking: SEARCH_RANKING, highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
    await pagefind.init();
  } catch {
    status.textContent = 'Search could not load. Try reloading the page, or use the indexes below.';
    form.hidden = true;
    noscript.hidden = false;
    return;
  }

  /** Whether the current history entry was made by typing (so typing on replaces it). */
  let entryFromTyping = false;
  /** Each search's number; a finished search older than the latest is dropped. */
  let generation = 0;
  let shown: PagefindResults['results'] = [];
  /**
   * Every filter value with its number of pages, once loaded. They are the largest thing a
   * first search would fetch (156 KiB at 10,000 articles, BENCHMARKS.md), so they load after
   * the first results, and on a phone, where the filters are folded away, only when the
   * reader opens them. Loading them also makes searches return counts.
   */
  let totals: FilterCounts | undefined;
  let loadingTotals: Promise<void> | undefined;

  const recordHistory = (cause: ChangeCause | 'none') => {
    if (cause === 'none') return;
    const url = `${window.location.pathname}${searchFromState(state)}`;
    const action = historyAction({ fromTyping: entryFromTyping, sameUrl: url === `${window.location.pathname}${window.location.search}` }, cause);
    if (action === 'push') window.history.pushState(null, '', url);
    if (action === 'replace') window.history.replaceState(null, '', url);
    // A deliberate act ends a run of typing: the next words get an entry of their own.
    if (action !== 'none' || cause === 'commit') entryFromTyping = cause === 'typing';
  };

  const renderFilters = (counts: FilterCounts) => {
    const focused = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : null;
    const refocus = focused ? { filter: focused.name, value: focused.value } : null;
    const groups = SEARCH_FILTERS.map((filter) => ({ filter, options: filterOptions(filter, counts[filter], state.filters[filter]) })).filter(
      (g) => g.options.length > 0,
    );
    filtersBox.replaceChildren(
      ...groups.map(({ filter, options }) => {
        const fieldset = document.createElement('fieldset');
        fieldset.className = options.length > LONG_GROUP ? 'filter-group long' : 'filter-group';
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LEGENDS[filter];
        fieldset.append(legend);
        const items = document.createElement('div');
        items.className = 'filter-options';
        for (const option of options) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = filter;
          box.value = option.value;
          box.checked = option.checked;
          const count = document.createElement('span');
          count.className = 'count';
          count.textContent = `(${option.count})`;
          label.append(box, ` ${option.label} `, count);
          items.append(label);
        }
        fieldset.append(items);
        return fieldset;
      }),
    );
    filtersPanel.hidden = groups.length === 0;
    if (refocus) {
      const again = [...filtersBox.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === refocus.filter && b.value === refocus.value);
      again?.focus();
    }
  };

  const filtersMessage = (text: string) => {
    const message = document.createElement('p');
    message.className = 'meta';
    message.textContent = text;
    filtersBox.replaceChildren(message);
  };

  /** The filter counts for a search's results: a filter with values chosen is counted without itself, so its other values stay visible. */
  const countsFor = async (term: string | null, main: PagefindResults): Promise<FilterCounts> => {
    const own = await Promise.all(
      SEARCH_FILTERS.filter((f) => state.filters[f].length > 0).map(async (filter) => {
        const without = await pagefind.search(term, { filters: pagefindFilters(state.filters, filter) });
        return [filter, without.filters[filter] ?? {}] as const;
      }),
    );
    return facetCounts(main.filters, Object.fromEntries(own) as Partial<Record<SearchFilter, Record<string, number>>>);
  };

  /** Shows the filters with their counts for the current search, once the counts have loaded. */
  const refreshFilters = async () => {
    if (!totals) return;
    const gen = generation;
    if (!hasCriteria(state)) {
      renderFilters(totals);
      return;
    }
    const term = pagefindTerm(state);
    // Pagefind answers again from the index chunks it already holds.
    const main = await pagefind.search(term, { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) });
    const counts = await countsFor(term, main);
    if (gen === generation) renderFilters(counts);
  };

  const loadFilterCounts = () => {
    loadingTotals ??= pagefind.filters().then(
      async (counts) => {
        totals = counts;
        await refreshFilters();
      },
      () => filtersMessage('The filters could not load. Try reloading the page.'),
    );
    return loadingTotals;
  };

  const renderResults = async (from: number, gen: number) => {
    const fragments = await Promise.all(shown.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (gen !== generation) return;
    const items = fragments.map((fragment) => {
      const view = resultView(fragment);
      const item = document.createElement('li');
      item.className = 'result';
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = view.href;
      link.textContent = view.title;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      for (const text of [view.type, ...view.details]) {
        const span = document.createElement('span');
        span.textContent = text;
        meta.append(span);
      }
      meta.firstElementChild?.classList.add('result-type');
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      // Pagefind escapes the page text and adds only <mark> elements.
      excerpt.innerHTML = view.excerptHtml;
      item.append(heading, meta, excerpt);
      return item;
    });
    if (from === 0) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = shown.length <= from + PAGE_SIZE;
    return items;
  };

  /** Runs the search for the current state and shows it; `cause` says how history records it. */
  const run = async (cause: ChangeCause | 'none', typing = false) => {
    const gen = ++generation;
    note.textContent = sortNote(state.sort);
    note.hidden = note.textContent === '';
    if (!hasCriteria(state)) {
      shown = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a name, a constituency or any words, or choose a filter.';
      if (totals) renderFilters(totals);
      recordHistory(cause);
      return;
    }
    const term = pagefindTerm(state);
    const options = { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) };
    const main = typing ? await pagefind.debouncedSearch(term, options, TYPING_DELAY_MS) : await pagefind.search(term, options);
    if (main === null || gen !== generation) return;
    const counts = totals ? await countsFor(term, main) : undefined;
    if (gen !== generation) return;
    shown = main.results;
    await renderResults(0, gen);
    if (gen !== generation) return;
    status.textContent = countMessage(shown.length, state.query, hasFilters(state));
    if (counts) renderFilters(counts);
    recordHistory(cause);
  };

  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    if (input.value.trim() !== '') void pagefind.preload(input.value.trim());
    void run('typing', true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value };
    void run('commit');
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as SortOrder };
    void run('commit');
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    state = withFilter(state, box.name as SearchFilter, box.value, box.checked);
    void run('commit');
  });
  more.addEventListener('click', async () => {
    const from = list.children.length;
    const added = await renderResults(from, generation);
    added?.[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = stateFromSearch(window.location.search);
    entryFromTyping = false;
    showControls();
    void run('none');
  });

  // Words typed while Pagefind loaded count as typing; otherwise this is the URL's search.
  const typed = input.value !== state.query;
  state = { ...state, query: input.value };
  filtersMessage('Loading filters…');
  filtersPanel.hidden = false;
  await run(typed ? 'typing' : 'none');
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open) void loadFilterCounts();
  });
  if (filtersPanel.open) await loadFilterCounts();
}
