import { HIGHLIGHT_PARAM, SEARCH_FILTERS, SEARCH_RANKING, type SearchFilter } from '../facts.ts';
import { ArchiveSearch, type ArticleResults, type PagefindResult, SupersededSearch } from './archive-search.ts';
import { FILTER_LEGENDS, type FilterCounts, filterOptions, missingWordsMessage, resultView, scopeMessage, summaryMessage } from './format.ts';
import {
  type ChangeCause,
  hasCriteria,
  hasFilters,
  historyAction,
  pagefindFilters,
  pagefindTerm,
  searchFromState,
  type SortOrder,
  stateFromSearch,
  withFilter,
} from './state.ts';

/**
 * The search page's script: the archive's search over its index parts (archive-search.ts,
 * on Pagefind's JS API from the site itself) behind the markup in SearchApp.astro. Pure
 * logic lives in state.ts and format.ts; this file only reads events, runs searches, and
 * writes the DOM and history.
 */

/** Articles rendered at a time; "Show more articles" adds as many again (reading older periods as needed). */
const PAGE_SIZE = 10;
/** People and constituencies shown before "Show all". */
const PEOPLE_PREVIEW = 3;
/** Pause after a keystroke before searching. */
const TYPING_DELAY_MS = 300;
/** Filter groups taller than this many options scroll. */
const LONG_GROUP = 8;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

/** One result as a list item: title link, type and details, Pagefind's excerpt. */
async function resultItem(result: PagefindResult): Promise<HTMLLIElement> {
  const view = resultView(await result.data());
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
}

/** The search now on the page: what was asked, and what has been read of it. */
interface ShownSearch {
  people: PagefindResult[];
  articles: ArticleResults;
}

export async function startSearch(): Promise<void> {
  const app = byId('search-app');
  const noscript = byId('search-nojs');
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const sortSelect = byId<HTMLSelectElement>('search-sort');
  const status = byId('search-status');
  const missing = byId('search-missing');
  const filtersBox = byId('search-filters');
  const filtersPanel = byId<HTMLDetailsElement>('search-filters-panel');
  const peopleSection = byId('search-people');
  const peopleList = byId<HTMLOListElement>('search-people-list');
  const peopleMore = byId<HTMLButtonElement>('search-people-more');
  const articlesSection = byId('search-articles');
  const scope = byId('search-scope');
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
  let archive: ArchiveSearch;
  try {
    archive = await ArchiveSearch.open({ ranking: SEARCH_RANKING, highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
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
  let shown: ShownSearch | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const recordHistory = (cause: ChangeCause | 'none') => {
    if (cause === 'none') return;
    const url = `${window.location.pathname}${searchFromState(state)}`;
    const action = historyAction({ fromTyping: entryFromTyping, sameUrl: url === `${window.location.pathname}${window.location.search}` }, cause);
    if (action === 'push') window.history.pushState(null, '', url);
    if (action === 'replace') window.history.replaceState(null, '', url);
    // A deliberate act ends a run of typing: the next words get an entry of their own.
    if (action !== 'none' || cause === 'commit') entryFromTyping = cause === 'typing';
  };

  const filtersMessage = (text: string) => {
    const message = document.createElement('p');
    message.className = 'meta';
    message.textContent = text;
    filtersBox.replaceChildren(message);
  };

  const renderFilters = (counts: FilterCounts) => {
    const focused = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : null;
    const refocus = focused ? { filter: focused.name, value: focused.value } : null;
    const groups = SEARCH_FILTERS.map((filter) => ({ filter, options: filterOptions(filter, counts[filter], state.filters[filter]) })).filter(
      (g) => g.options.length > 0,
    );
    if (groups.length === 0) {
      filtersMessage('No filter applies to these results.');
      return;
    }
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
    if (refocus) {
      const again = [...filtersBox.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === refocus.filter && b.value === refocus.value);
      again?.focus();
    }
  };

  /**
   * Counts for the filters, only while the reader has them open: with words, Pagefind counts
   * in every period that holds them, which a first search does not need to read.
   */
  const refreshFilters = async () => {
    if (!filtersPanel.open) return;
    const gen = generation;
    if (filtersBox.childElementCount === 0) filtersMessage('Counting…');
    try {
      const counts = await archive.counts(pagefindTerm(state), pagefindFilters(state.filters));
      if (gen === generation && filtersPanel.open) renderFilters(counts);
    } catch {
      if (gen === generation) filtersMessage('The filters could not load. Try reloading the page.');
    }
  };

  const renderPeople = async (gen: number, all: boolean) => {
    const people = shown?.people ?? [];
    const items = await Promise.all(people.slice(0, all ? people.length : PEOPLE_PREVIEW).map(resultItem));
    if (gen !== generation) return [];
    const before = peopleList.children.length;
    peopleList.replaceChildren(...items);
    peopleSection.hidden = people.length === 0;
    peopleMore.hidden = all || people.length <= PEOPLE_PREVIEW;
    peopleMore.textContent = `Show all ${people.length} people and constituencies`;
    return items.slice(before);
  };

  /** Shows articles up to `count`, reading older (or newer) periods as needed; returns the new items. */
  const renderArticles = async (gen: number, count: number) => {
    const articles = shown?.articles;
    if (!articles) return [];
    await articles.fill(count);
    const from = list.children.length;
    const items = await Promise.all(articles.results.slice(from, count).map(resultItem));
    if (gen !== generation) return [];
    list.append(...items);
    articlesSection.hidden = articles.results.length === 0;
    more.hidden = articles.results.length <= count && articles.complete;
    scope.textContent = scopeMessage(state.sort, articles.searchedParts.map((p) => p.label), articles.parts.length);
    return items;
  };

  const announce = () => {
    if (!shown) return;
    status.textContent = summaryMessage({
      query: state.query,
      filtered: hasFilters(state),
      people: shown.people.length,
      articles: shown.articles.results.length,
      complete: shown.articles.complete,
    });
  };

  const clearResults = () => {
    shown = undefined;
    peopleList.replaceChildren();
    list.replaceChildren();
    peopleSection.hidden = true;
    articlesSection.hidden = true;
    missing.hidden = true;
  };

  /** Runs the search for the current state and shows it; `cause` says how history records it. */
  const run = async (cause: ChangeCause | 'none') => {
    const gen = ++generation;
    if (!hasCriteria(state)) {
      clearResults();
      status.textContent = 'Type a name, a constituency or any words, or choose a filter.';
      recordHistory(cause);
      void refreshFilters();
      return;
    }
    const term = pagefindTerm(state);
    const filters = pagefindFilters(state.filters);
    try {
      const { candidates, people, articles } = await archive.search(term, filters, state.sort);
      if (gen !== generation) return;
      await articles.fill(PAGE_SIZE);
      if (gen !== generation) return;
      clearResults();
      shown = { people, articles };
      await renderPeople(gen, false);
      await renderArticles(gen, PAGE_SIZE);
      if (gen !== generation) return;
      missing.textContent = missingWordsMessage(candidates.missingWords, candidates.wordCount);
      missing.hidden = missing.textContent === '';
      announce();
      recordHistory(cause);
      void refreshFilters();
    } catch (error) {
      if (gen === generation && !(error instanceof SupersededSearch)) status.textContent = 'The search failed. Try again, or reload the page.';
    }
  };

  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run('typing'), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
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
  filtersPanel.addEventListener('toggle', () => void refreshFilters());
  more.addEventListener('click', async () => {
    const gen = generation;
    more.disabled = true;
    try {
      const added = await renderArticles(gen, list.children.length + PAGE_SIZE);
      if (gen !== generation) return;
      announce();
      added[0]?.querySelector('a')?.focus();
    } catch (error) {
      // A newer search took over while this one read on: it shows its own results.
      if (!(error instanceof SupersededSearch) && gen === generation) status.textContent = 'More results could not load. Try again, or reload the page.';
    } finally {
      more.disabled = false;
    }
  });
  peopleMore.addEventListener('click', async () => {
    const added = await renderPeople(generation, true);
    added[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = stateFromSearch(window.location.search);
    entryFromTyping = false;
    showControls();
    void run('none');
  });

  // Words typed while the search loaded count as typing; otherwise this is the URL's search.
  const typed = input.value !== state.query;
  state = { ...state, query: input.value };
  await run(typed ? 'typing' : 'none');
}
