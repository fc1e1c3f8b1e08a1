import { type Candidates, candidateParts } from '../parts/candidates.ts';
import {
  type FilterDirectory,
  MANIFEST_PATH,
  MANIFEST_VERSION,
  type ManifestPart,
  PART_FILTER,
  PEOPLE_BUNDLE_PATH,
  type SearchPartsManifest,
} from '../parts/manifest.ts';
import type { FilterCounts, ResultFragment } from './format.ts';
import type { PagefindFilterQuery, SortOrder } from './state.ts';

/**
 * The archive's search over its index parts (docs/search.md; the parts are planned in
 * src/search/parts/plan.ts). One Pagefind instance is opened on the people part, which
 * every search reads; article parts are merged into it (`mergeIndex`) only when a search
 * reaches them, each tagged with a synthetic `part` filter so one part can be asked alone.
 * Before any part is opened, the word directory says which parts hold every word of the
 * query, so a search never opens a part that cannot match.
 *
 * Articles come newest first (or oldest first) one part at a time, which is exact because
 * parts are disjoint runs of dates: the newest parts that hold the words give the newest
 * results. "Best match" ranks across every part that holds the words, so it reads them all.
 * No DOM here: the page script (app.ts) draws what this returns.
 */

/** One search result as Pagefind returns it. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
/** What `createInstance` in Pagefind's pagefind.js returns. */
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(
    options: { basePath: string; mergeFilter: Record<string, string> } & InstanceOptions,
  ): PagefindInstance;
}

/** What a search found: the parts it may read, the people and constituencies, and the articles so far. */
export interface ArchiveResults {
  candidates: Candidates;
  people: PagefindResult[];
  articles: ArticleResults;
}

/** Thrown when a search asks for more after a newer search began. */
export class SupersededSearch extends Error {
  override name = 'SupersededSearch';
}

/** Options given to Pagefind for every part: ranking, highlight parameter, excerpt length. */
export type InstanceOptions = Record<string, unknown>;

const fetchText = async (url: string): Promise<string> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: ${url} answered ${response.status}`);
  return response.text();
};

/** Article results read part by part, in the order asked for. */
export class ArticleResults {
  /** Results so far, in display order. */
  readonly results: PagefindResult[] = [];
  /** The parts that can hold results, in reading order. */
  readonly parts: readonly ManifestPart[];
  /** How many of `parts` have been read. */
  searched = 0;
  readonly #read: (parts: readonly ManifestPart[]) => Promise<PagefindResult[]>;
  readonly #readAllAtOnce: boolean;
  /** The first batch, when the search started reading it already (beside the people part). */
  #first: Promise<PagefindResult[]> | undefined;

  constructor(
    parts: readonly ManifestPart[],
    read: (parts: readonly ManifestPart[]) => Promise<PagefindResult[]>,
    readAllAtOnce: boolean,
    first?: Promise<PagefindResult[]>,
  ) {
    this.parts = parts;
    this.#read = read;
    this.#readAllAtOnce = readAllAtOnce;
    this.#first = first;
  }

  /** The parts the first `fill` reads: all of them at once, or the first alone. */
  static firstBatch<T>(parts: readonly T[], readAllAtOnce: boolean): T[] {
    return readAllAtOnce ? [...parts] : parts.slice(0, 1);
  }

  /** Whether every part that can hold results has been read, so `results` is all there is. */
  get complete(): boolean {
    return this.searched >= this.parts.length;
  }

  /** The parts read so far. */
  get searchedParts(): readonly ManifestPart[] {
    return this.parts.slice(0, this.searched);
  }

  /** Reads further parts until at least `wanted` results are held or none is left. */
  async fill(wanted: number): Promise<void> {
    while (this.results.length < wanted && !this.complete) {
      const batch = this.#readAllAtOnce ? this.parts : [this.parts[this.searched]!];
      const started = this.searched === 0 ? this.#first : undefined;
      this.#first = undefined;
      const found = await (started ?? this.#read(batch));
      this.results.push(...found);
      this.searched += batch.length;
    }
  }
}

export class ArchiveSearch {
  readonly manifest: SearchPartsManifest;
  readonly #pagefind: PagefindModule;
  readonly #options: InstanceOptions;
  readonly #manifestUrl: URL;
  #instance: Promise<PagefindInstance>;
  /** Article parts merged into the current instance (manifest positions). */
  #merged = new Set<number>();
  readonly #directoryChunks = new Map<string, Promise<string>>();
  #filterDirectory: Promise<FilterDirectory> | undefined;
  /** Each part's position in the manifest, which part sets and the instance's merged set use. */
  readonly #partNumber: ReadonlyMap<ManifestPart, number>;
  /** The end of the queue of instance work: merging a part while another search runs could miss it. */
  #queue: Promise<unknown> = Promise.resolve();
  /** The number of the latest search: an older one reads no further parts. */
  #epoch = 0;

  private constructor(
    pagefind: PagefindModule,
    manifest: SearchPartsManifest,
    manifestUrl: URL,
    options: InstanceOptions,
  ) {
    this.#pagefind = pagefind;
    this.manifest = manifest;
    this.#partNumber = new Map(manifest.parts.map((part, number) => [part, number]));
    this.#manifestUrl = manifestUrl;
    this.#options = options;
    this.#instance = this.#open();
    // A failure shows when a search awaits the instance; until then it is not unhandled.
    this.#instance.catch(() => {});
  }

  /**
   * Loads Pagefind's script and the parts manifest (side by side) and starts opening the
   * people part. It does not wait for Pagefind's wasm: the first search reads the word
   * directory meanwhile, and waits for Pagefind only when it needs it.
   */
  static async open(options: InstanceOptions): Promise<ArchiveSearch> {
    const manifestUrl = new URL(MANIFEST_PATH, window.location.href);
    const [pagefind, manifestText] = await Promise.all([
      import(/* @vite-ignore */ `${PEOPLE_BUNDLE_PATH}pagefind.js`) as Promise<PagefindModule>,
      fetchText(manifestUrl.href),
    ]);
    const manifest = JSON.parse(manifestText) as SearchPartsManifest;
    if (manifest.version !== MANIFEST_VERSION)
      throw new Error(
        `search: parts manifest version ${manifest.version}, expected ${MANIFEST_VERSION}`,
      );
    return new ArchiveSearch(pagefind, manifest, manifestUrl, options);
  }

  async #open(): Promise<PagefindInstance> {
    // The people part carries the part filter too, so a search can leave it out: a part that
    // does not hold a query word would answer with pages matching a shorter word (candidates.ts).
    // The options go in with the instance: Pagefind applies them as its index loads, where
    // `options()` would wait (polling) for the load before anything else could be asked.
    const instance = this.#pagefind.createInstance({
      basePath: PEOPLE_BUNDLE_PATH,
      mergeFilter: { [PART_FILTER]: this.manifest.parts[0]!.id },
      ...this.#options,
    });
    await instance.init();
    return instance;
  }

  /**
   * A fresh instance (people part only). Every search reads every merged part's index for
   * its words, so a part the current search cannot use would only cost bytes. The new
   * instance is opened before the old one closes, so Pagefind's worker, and the wasm it
   * compiled, stay.
   */
  async #reopen(): Promise<void> {
    const old = this.#instance;
    this.#instance = this.#open();
    this.#merged = new Set();
    await this.#instance;
    void old.then((instance) => instance.destroy()).catch(() => {});
  }

  /** The current instance with `parts` merged in (side by side: each loads its own files). */
  async #instanceWith(parts: readonly number[]): Promise<PagefindInstance> {
    const instance = await this.#instance;
    const merging = parts
      .filter((number) => !this.#merged.has(number))
      .map((number) => {
        this.#merged.add(number);
        const part = this.manifest.parts[number]!;
        return instance.mergeIndex(part.bundle, {
          ...this.#options,
          mergeFilter: { [PART_FILTER]: part.id },
        });
      });
    await Promise.all(merging);
    return instance;
  }

  /** Runs `task` after every earlier instance task has settled. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  #chunk(file: string): Promise<string> {
    let chunk = this.#directoryChunks.get(file);
    if (!chunk) {
      chunk = fetchText(new URL(file, this.#manifestUrl).href);
      chunk.catch(() => this.#directoryChunks.delete(file));
      this.#directoryChunks.set(file, chunk);
    }
    return chunk;
  }

  /** Every filter value with its page count and parts (loaded once, when first needed). */
  filterDirectory(): Promise<FilterDirectory> {
    this.#filterDirectory ??= fetchText(
      new URL(this.manifest.filters, this.#manifestUrl).href,
    ).then((text) => JSON.parse(text) as FilterDirectory);
    return this.#filterDirectory;
  }

  /**
   * Which parts can hold results for the words and filters (candidates.ts): a search opens
   * only those, so it finds exactly what one index over the whole archive would.
   */
  candidates(term: string | null, filters: PagefindFilterQuery): Promise<Candidates> {
    const chosen = Object.fromEntries(
      Object.entries(filters).map(([filter, value]) => [filter, value?.any ?? []]),
    );
    return candidateParts(
      {
        words: this.manifest.words,
        partCount: this.manifest.parts.length,
        includeCharacters: this.manifest.includeCharacters,
      },
      term,
      chosen,
      (file) => this.#chunk(file),
      () => this.filterDirectory(),
    );
  }

  /** The part filter for a search that may read only `parts`. */
  #onlyParts(parts: readonly number[]): Record<string, { any: string[] }> {
    return { [PART_FILTER]: { any: parts.map((n) => this.manifest.parts[n]!.id) } };
  }

  /**
   * Searches for the words and filters: the parts that can hold results, the people and
   * constituencies (best match first), and the articles in the order asked for, read part
   * by part as the reader asks for more. A new search starts a new instance when the
   * current one holds parts this search cannot use (each would cost its index chunks for
   * the words); a search superseded by a newer one reads no further parts.
   */
  async search(
    term: string | null,
    filters: PagefindFilterQuery,
    order: SortOrder,
  ): Promise<ArchiveResults> {
    const epoch = ++this.#epoch;
    const candidates = await this.candidates(term, filters);
    const allowed = new Set(candidates.parts);
    const articleParts = candidates.parts.filter((n) => n > 0);
    const numbers =
      order === 'oldest' ? oldestFirst(this.manifest.parts, articleParts) : articleParts;
    const readAllAtOnce = order === 'relevance';
    const readArticles = (wanted: readonly number[]) =>
      this.#searchArticles(term, filters, order, wanted);
    const read = (parts: readonly ManifestPart[]) =>
      this.#exclusive(async () => {
        this.#assertCurrent(epoch);
        return readArticles(parts.map((part) => this.#partNumber.get(part)!));
      });
    // The people part and the first article batch are asked for at once, so the article
    // part's files load while the people are searched and drawn; one task of the queue holds
    // both, so no newer search reopens the instance under them.
    const people = deferred<PagefindResult[]>();
    // Newest or oldest first reads one period first: its page table is fetched now, while
    // Pagefind's worker starts, and Pagefind finds it in the browser's cache when it merges it.
    if (!readAllAtOnce && numbers.length > 0 && !this.#merged.has(numbers[0]!))
      void warmPageTable(this.manifest.parts[numbers[0]!]!, this.#manifestUrl);
    const first = this.#exclusive(async () => {
      try {
        this.#assertCurrent(epoch);
        if ([...this.#merged].some((part) => !allowed.has(part))) await this.#reopen();
        const instance = await this.#instance;
        const searching = allowed.has(0)
          ? instance
              .search(term, { filters: { ...filters, ...this.#onlyParts([0]) } })
              .then((response) => response.results)
          : Promise.resolve([]);
        searching.then(people.resolve, people.reject);
        const batch = ArticleResults.firstBatch(numbers, readAllAtOnce);
        const reading = batch.length > 0 ? readArticles(batch) : Promise.resolve([]);
        await Promise.allSettled([searching, reading]);
        return await reading;
      } catch (error) {
        people.reject(error);
        throw error;
      }
    });
    // A failure shows when the articles are asked for; until then it is not unhandled.
    first.catch(() => {});
    const articles = new ArticleResults(
      numbers.map((n) => this.manifest.parts[n]!),
      read,
      readAllAtOnce,
      first,
    );
    return { candidates, people: await people.promise, articles };
  }

  /** One search of the article parts `wanted` (merged in as needed), in the order asked for. */
  async #searchArticles(
    term: string | null,
    filters: PagefindFilterQuery,
    order: SortOrder,
    wanted: readonly number[],
  ): Promise<PagefindResult[]> {
    const instance = await this.#instanceWith(wanted);
    const dated = wanted.every((n) => this.manifest.parts[n]!.kind === 'dated');
    const response = await instance.search(term, {
      filters: { ...filters, ...this.#onlyParts(wanted) },
      // Undated parts keep relevance order; one dated part at a time keeps Pagefind's date order exact.
      ...(order !== 'relevance' && dated
        ? { sort: { date: order === 'newest' ? 'desc' : 'asc' } }
        : {}),
    });
    return response.results;
  }

  #assertCurrent(epoch: number): void {
    if (epoch !== this.#epoch) throw new SupersededSearch();
  }

  /**
   * Filter counts for the words and filters over the whole archive: with no words and no
   * filters, from the filter file; otherwise Pagefind counts them in every part that holds
   * the words (the reader asked, by opening the filters), a chosen filter counted as if it
   * were not applied so its other values show what they would add.
   */
  async counts(term: string | null, filters: PagefindFilterQuery): Promise<FilterCounts> {
    const directory = await this.filterDirectory();
    if (term === null && Object.keys(filters).length === 0) {
      return Object.fromEntries(
        Object.entries(directory).map(([filter, values]) => [
          filter,
          Object.fromEntries(Object.entries(values).map(([v, [n]]) => [v, n])),
        ]),
      );
    }
    // Every part holding the words, whatever the filters: a chosen filter is counted without itself.
    const { parts } = await this.candidates(term, {});
    return this.#exclusive(async () => {
      const instance = await this.#instanceWith(parts.filter((n) => n > 0));
      await instance.filters();
      const only = this.#onlyParts(parts);
      const response = await instance.search(term, { filters: { ...filters, ...only } });
      const counts: FilterCounts = { ...response.filters };
      for (const filter of Object.keys(filters)) {
        const others: PagefindFilterQuery = { ...filters };
        delete others[filter as keyof PagefindFilterQuery];
        counts[filter] =
          (await instance.search(term, { filters: { ...others, ...only } })).filters[filter] ?? {};
      }
      delete counts[PART_FILTER];
      return counts;
    });
  }
}

/** The parts in oldest-first order: dated parts reversed, undated ones still last. */
function oldestFirst(parts: readonly ManifestPart[], numbers: readonly number[]): number[] {
  const dated = numbers.filter((n) => parts[n]!.kind === 'dated').reverse();
  return [...dated, ...numbers.filter((n) => parts[n]!.kind !== 'dated')];
}

/**
 * Fetches a part's page table (`pf_meta`, named by its hash in the part's entry file) so that
 * Pagefind's own request for it, from its worker, is answered by the browser's cache (the
 * file is immutable). Only for the page's language exactly, as Pagefind would choose it;
 * a failure is Pagefind's to report when it asks.
 */
async function warmPageTable(part: ManifestPart, base: URL): Promise<void> {
  try {
    const entry = JSON.parse(
      await fetchText(new URL(`${part.bundle}pagefind-entry.json`, base).href),
    ) as {
      languages?: Record<string, { hash?: string }>;
    };
    const hash = entry.languages?.[document.documentElement.lang.toLowerCase()]?.hash;
    if (hash) await fetchText(new URL(`${part.bundle}pagefind.${hash}.pf_meta`, base).href);
  } catch {
    // Pagefind fetches the same files itself, and says so if they fail.
  }
}

/** A promise with its resolve and reject at hand. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}
