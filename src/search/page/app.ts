import { HIGHLIGHT_PARAM, SEARCH_FILTERS, SEARCH_RANKING, type SearchFilter } from '../facts.ts';
import {
  ArchiveSearch,
  type ArticleResults,
  type PagefindResult,
  SupersededSearch,
} from './archive-search.ts';
import {
  FILTER_LEGENDS,
  type FilterCounts,
  type FilterOption,
  filterOptions,
  missingWordsMessage,
  resultView,
  scopeMessage,
  summaryMessage,
} from './format.ts';
import {
  type ChangeCause,
  hasCriteria,
  hasFilters,
  historyAction,
  pagefindFilters,
  pagefindTerm,
  searchFromState,
  type SearchState,
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

/** The page's elements (SearchApp.astro), found once. */
interface SearchElements {
  app: HTMLElement;
  noscript: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  status: HTMLElement;
  missing: HTMLElement;
  filtersBox: HTMLElement;
  filtersPanel: HTMLDetailsElement;
  peopleSection: HTMLElement;
  peopleList: HTMLOListElement;
  peopleMore: HTMLButtonElement;
  articlesSection: HTMLElement;
  scope: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function findElements(): SearchElements {
  return {
    app: byId('search-app'),
    noscript: byId('search-nojs'),
    form: byId<HTMLFormElement>('search-form'),
    input: byId<HTMLInputElement>('search-q'),
    sortSelect: byId<HTMLSelectElement>('search-sort'),
    status: byId('search-status'),
    missing: byId('search-missing'),
    filtersBox: byId('search-filters'),
    filtersPanel: byId<HTMLDetailsElement>('search-filters-panel'),
    peopleSection: byId('search-people'),
    peopleList: byId<HTMLOListElement>('search-people-list'),
    peopleMore: byId<HTMLButtonElement>('search-people-more'),
    articlesSection: byId('search-articles'),
    scope: byId('search-scope'),
    list: byId<HTMLOListElement>('search-results'),
    more: byId<HTMLButtonElement>('search-more'),
  };
}

/** Shows the state's words and order in the form. */
function showControls(el: SearchElements, state: SearchState): void {
  if (el.input.value !== state.query) el.input.value = state.query;
  el.sortSelect.value = state.sort;
}

/** One filter's checkboxes, with their counts, as a fieldset. */
function filterGroup(filter: SearchFilter, options: readonly FilterOption[]): HTMLFieldSetElement {
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
}

/**
 * The search page once Pagefind has loaded: the state (mirrored in the URL), the search on
 * show, and the steps that run a search and draw it. A search older than the latest is
 * dropped wherever it finishes (its `generation` is no longer current).
 */
class SearchPage {
  private readonly el: SearchElements;
  private readonly archive: ArchiveSearch;
  private state: SearchState;
  /** Whether the current history entry was made by typing (so typing on replaces it). */
  private entryFromTyping = false;
  /** Each search's number; a finished search older than the latest is dropped. */
  private generation = 0;
  private shown: ShownSearch | undefined;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(el: SearchElements, archive: ArchiveSearch, state: SearchState) {
    this.el = el;
    this.archive = archive;
    this.state = state;
  }

  private recordHistory(cause: ChangeCause | 'none'): void {
    if (cause === 'none') return;
    const url = `${window.location.pathname}${searchFromState(this.state)}`;
    const sameUrl = url === `${window.location.pathname}${window.location.search}`;
    const action = historyAction({ fromTyping: this.entryFromTyping, sameUrl }, cause);
    if (action === 'push') window.history.pushState(null, '', url);
    if (action === 'replace') window.history.replaceState(null, '', url);
    // A deliberate act ends a run of typing: the next words get an entry of their own.
    if (action !== 'none' || cause === 'commit') this.entryFromTyping = cause === 'typing';
  }

  private filtersMessage(text: string): void {
    const message = document.createElement('p');
    message.className = 'meta';
    message.textContent = text;
    this.el.filtersBox.replaceChildren(message);
  }

  /** Draws the filters with their counts, keeping focus on the checkbox that had it. */
  private renderFilters(counts: FilterCounts): void {
    const { filtersBox } = this.el;
    const active = document.activeElement;
    const focused =
      active instanceof HTMLInputElement && filtersBox.contains(active) ? active : null;
    const refocus = focused ? { filter: focused.name, value: focused.value } : null;
    const groups = SEARCH_FILTERS.map((filter) => ({
      filter,
      options: filterOptions(filter, counts[filter], this.state.filters[filter]),
    })).filter((g) => g.options.length > 0);
    if (groups.length === 0) {
      this.filtersMessage('No filter applies to these results.');
      return;
    }
    filtersBox.replaceChildren(
      ...groups.map(({ filter, options }) => filterGroup(filter, options)),
    );
    if (refocus) {
      const boxes = [...filtersBox.querySelectorAll<HTMLInputElement>('input')];
      boxes.find((b) => b.name === refocus.filter && b.value === refocus.value)?.focus();
    }
  }

  /**
   * Counts for the filters, only while the reader has them open: with words, Pagefind counts
   * in every period that holds them, which a first search does not need to read.
   */
  async refreshFilters(): Promise<void> {
    const { filtersPanel, filtersBox } = this.el;
    if (!filtersPanel.open) return;
    const gen = this.generation;
    if (filtersBox.childElementCount === 0) this.filtersMessage('Counting…');
    try {
      const counts = await this.archive.counts(
        pagefindTerm(this.state),
        pagefindFilters(this.state.filters),
      );
      if (gen === this.generation && filtersPanel.open) this.renderFilters(counts);
    } catch {
      if (gen === this.generation)
        this.filtersMessage('The filters could not load. Try reloading the page.');
    }
  }

  /** Shows the people and constituencies (the first few, or `all`); returns the new items. */
  async renderPeople(gen: number, all: boolean): Promise<HTMLLIElement[]> {
    const { peopleList, peopleSection, peopleMore } = this.el;
    const people = this.shown?.people ?? [];
    const items = await Promise.all(
      people.slice(0, all ? people.length : PEOPLE_PREVIEW).map(resultItem),
    );
    if (gen !== this.generation) return [];
    const before = peopleList.children.length;
    peopleList.replaceChildren(...items);
    peopleSection.hidden = people.length === 0;
    peopleMore.hidden = all || people.length <= PEOPLE_PREVIEW;
    peopleMore.textContent = `Show all ${people.length} people and constituencies`;
    return items.slice(before);
  }

  /**
   * Shows articles up to `count`, reading older (or newer) periods as needed; returns the new
   * items. With `inTurnAfter` (a first search), each is drawn as soon as it and those before
   * it have loaded, once `inTurnAfter` (the people above them) has settled: the first results
   * need not wait for the tenth. Otherwise all at once (reading on, where the button below
   * them would move at each).
   */
  async renderArticles(
    gen: number,
    count: number,
    inTurnAfter?: Promise<unknown>,
  ): Promise<HTMLLIElement[]> {
    const { list, articlesSection, more, scope } = this.el;
    const articles = this.shown?.articles;
    if (!articles) return [];
    await articles.fill(count);
    const from = list.children.length;
    const loading = articles.results.slice(from, count).map(resultItem);
    // One that fails after a newer search took over is nobody's concern.
    for (const item of loading) item.catch(() => {});
    const items: HTMLLIElement[] = [];
    const show = () => {
      if (gen !== this.generation) return;
      // The scope line is above the list: written before the first item, nothing below it moves.
      articlesSection.hidden = articles.results.length === 0;
      const searched = articles.searchedParts.map((p) => p.label);
      scope.textContent = scopeMessage(this.state.sort, searched, articles.parts.length);
    };
    if (inTurnAfter) {
      await inTurnAfter;
      show();
      for (const loaded of loading) {
        const item = await loaded;
        if (gen !== this.generation) return [];
        list.append(item);
        items.push(item);
      }
    } else {
      items.push(...(await Promise.all(loading)));
      if (gen !== this.generation) return [];
      list.append(...items);
      show();
    }
    more.hidden = articles.results.length <= count && articles.complete;
    return items;
  }

  announce(): void {
    if (!this.shown) return;
    this.el.status.textContent = summaryMessage({
      query: this.state.query,
      filtered: hasFilters(this.state),
      people: this.shown.people.length,
      articles: this.shown.articles.results.length,
      complete: this.shown.articles.complete,
    });
  }

  private clearResults(): void {
    this.shown = undefined;
    this.el.peopleList.replaceChildren();
    this.el.list.replaceChildren();
    this.el.peopleSection.hidden = true;
    this.el.articlesSection.hidden = true;
    this.el.missing.hidden = true;
    this.el.more.hidden = true;
  }

  /** Runs the search for the current state and shows it; `cause` says how history records it. */
  async run(cause: ChangeCause | 'none'): Promise<void> {
    const gen = ++this.generation;
    if (!hasCriteria(this.state)) {
      this.clearResults();
      this.el.status.textContent = 'Type a name, a constituency or any words, or choose a filter.';
      this.recordHistory(cause);
      void this.refreshFilters();
      return;
    }
    const term = pagefindTerm(this.state);
    const filters = pagefindFilters(this.state.filters);
    try {
      const { candidates, people, articles } = await this.archive.search(
        term,
        filters,
        this.state.sort,
      );
      if (gen !== this.generation) return;
      // The people are drawn while the first article period is still being read (it started
      // beside them); the missing words' line is above both, so it is written first.
      this.clearResults();
      this.shown = { people, articles };
      const { missing } = this.el;
      missing.textContent = missingWordsMessage(candidates.missingWords, candidates.wordCount);
      missing.hidden = missing.textContent === '';
      const peopleDrawn = this.renderPeople(gen, false);
      peopleDrawn.catch(() => {});
      await this.renderArticles(gen, PAGE_SIZE, peopleDrawn);
      await peopleDrawn;
      if (gen !== this.generation) return;
      this.announce();
      this.recordHistory(cause);
      void this.refreshFilters();
    } catch (error) {
      if (gen === this.generation && !(error instanceof SupersededSearch)) {
        this.el.status.textContent = 'The search failed. Try again, or reload the page.';
      }
    }
  }

  /** "Show more articles": reads on, then moves focus to the first new result. */
  private async showMore(): Promise<void> {
    const { more, list, status } = this.el;
    const gen = this.generation;
    more.disabled = true;
    try {
      const added = await this.renderArticles(gen, list.children.length + PAGE_SIZE);
      if (gen !== this.generation) return;
      this.announce();
      added[0]?.querySelector('a')?.focus();
    } catch (error) {
      // A newer search took over while this one read on: it shows its own results.
      if (!(error instanceof SupersededSearch) && gen === this.generation) {
        status.textContent = 'More results could not load. Try again, or reload the page.';
      }
    } finally {
      more.disabled = false;
    }
  }

  /** Typing searches after a pause; Enter, the order, a filter or Back search at once. */
  listen(): void {
    const { input, form, sortSelect, filtersBox, filtersPanel, more, peopleMore } = this.el;
    input.addEventListener('input', () => {
      this.state = { ...this.state, query: input.value };
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => void this.run('typing'), TYPING_DELAY_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.state = { ...this.state, query: input.value };
      void this.run('commit');
    });
    sortSelect.addEventListener('change', () => {
      this.state = { ...this.state, sort: sortSelect.value as SortOrder };
      void this.run('commit');
    });
    filtersBox.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
      this.state = withFilter(this.state, box.name as SearchFilter, box.value, box.checked);
      void this.run('commit');
    });
    filtersPanel.addEventListener('toggle', () => void this.refreshFilters());
    more.addEventListener('click', () => this.showMore());
    peopleMore.addEventListener('click', async () => {
      const added = await this.renderPeople(this.generation, true);
      added[0]?.querySelector('a')?.focus();
    });
    window.addEventListener('popstate', () => {
      this.state = stateFromSearch(window.location.search);
      this.entryFromTyping = false;
      showControls(this.el, this.state);
      void this.run('none');
    });
  }

  /** The first search: words typed while the search loaded count as typing; else the URL's. */
  async begin(): Promise<void> {
    const typed = this.el.input.value !== this.state.query;
    this.state = { ...this.state, query: this.el.input.value };
    await this.run(typed ? 'typing' : 'none');
  }
}

/**
 * Reveals the search form, loads Pagefind, and runs the URL's search; without Pagefind, says
 * so and shows the indexes again.
 */
export async function startSearch(): Promise<void> {
  const el = findElements();
  const state = stateFromSearch(window.location.search);
  showControls(el, state);
  el.noscript.hidden = true;
  el.app.hidden = false;
  let archive: ArchiveSearch;
  try {
    archive = await ArchiveSearch.open({
      ranking: SEARCH_RANKING,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 30,
    });
  } catch {
    el.status.textContent =
      'Search could not load. Try reloading the page, or use the indexes below.';
    el.form.hidden = true;
    el.noscript.hidden = false;
    return;
  }
  const page = new SearchPage(el, archive, state);
  page.listen();
  await page.begin();
}
