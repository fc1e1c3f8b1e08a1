/**
 * What the archive tells Pagefind about each page it indexes, shared by the build
 * (SearchFacts.astro, SearchWeighting.astro, scripts/index-search.ts) and the search
 * page (src/search/page/). docs/search.md describes the whole design.
 *
 * ## Which pages are indexed
 * Only pages whose content is wrapped in `data-pagefind-body`: article pages
 * (ArticleLayout), person pages (/people/<slug>/) and constituency pages
 * (/constituencies/<slug>/). Once one page has the attribute, Pagefind skips every page
 * without it, so indexes, the home page, the search page and the 404 page stay out.
 * Chrome inside an indexed page (header, footer, breadcrumbs, citation, related links)
 * carries `data-pagefind-ignore="all"`.
 *
 * ## What every indexed page declares (through `<SearchFacts>`)
 * - filter `type`: one of {@link RESULT_TYPES} (the build fails without it);
 * - filters `person`, `constituency`, `party`: display names, as many as apply;
 * - filters `publication`, `year`: for articles;
 * - meta `title` (Pagefind takes the first `<h1>`), `type`, and for articles `date`
 *   (the human label, "August 2015") and `publication`;
 * - sort `date`: `YYYY-MM-DD` or `YYYY-MM` (sorts as text), only when the date is known.
 *   The search page asks one article part at a time for date order (its pages are one run
 *   of dates), and lists people and constituencies, which have no date, on their own.
 *
 * ## Person and constituency pages: ranking
 * Searching an MP's name, surname, alias, misspelling, constituency or role must put
 * their page in the top three (tests/e2e/search-api.test.ts checks every registry entry).
 * Ranking comes from visible text weighted with `<SearchWeighting>` plus the page title
 * boost Pagefind gives the `title` meta ({@link SEARCH_RANKING}); never hidden text.
 * A person page's content, e.g.:
 *
 * ```astro
 * <article data-pagefind-body>
 *   <SearchFacts type="Person" facts={[
 *     { filter: 'person', value: person.name },
 *     ...seats.map((s) => ({ filter: 'constituency', value: s.name })),
 *     ...parties.map((p) => ({ filter: 'party', value: p.shortName })),
 *   ]} />
 *   <SearchWeighting as="h1" rank="name">{person.name}</SearchWeighting>
 *   {variants.length > 0 && <SearchWeighting as="p" rank="alias">Also written: {variants.join(', ')}</SearchWeighting>}
 *   <p>MP for <SearchWeighting rank="place">Liverpool Wavertree</SearchWeighting> …</p>
 *   <li><SearchWeighting rank="role">Shadow Chancellor of the Exchequer</SearchWeighting> …</li>
 *   …the person's description and article links (normal weight)…
 * </article>
 * ```
 * where `variants = nameVariants(person)`. A constituency page is the same with
 * `type="Constituency"`, the seat's name as the `name` heading, its aliases as `alias`, and
 * its MPs' names as `place`-weight links. Keep long lists of article headlines on these
 * pages inside `data-pagefind-ignore`: they are other pages' words, and would make a
 * person's page rank for every headline that names them. "Source: …" notes
 * (`class="source-note"`) are left out by the indexer (EXCLUDE_SELECTORS in
 * scripts/search-index/build.ts).
 */

/** The kinds of result the search page offers as the `type` filter. */
export const RESULT_TYPES = ['Article', 'Person', 'Constituency'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/**
 * Every filter the index carries, in the order the search page shows them; each is also a
 * URL parameter of /search/ (`/search/?q=Wavertree&type=Person&year=2019`).
 */
export const SEARCH_FILTERS = [
  'type',
  'person',
  'constituency',
  'party',
  'publication',
  'year',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** One filter value of a page, e.g. `{ filter: 'person', value: 'Luciana Berger' }`. */
export interface SearchFact {
  filter: SearchFilter;
  value: string;
}

/** Metadata returned with each result for display (title comes from the page's `<h1>`). */
export interface SearchMeta {
  /** Human date label at its real precision: "11 September 2018", "August 2015". */
  date?: string;
  publication?: string;
}

/** The sort keys; `date` is `YYYY-MM-DD` or `YYYY-MM`. */
export const SEARCH_SORT_KEY = 'date';

/**
 * `data-pagefind-weight` for the text that names a page's subject (Pagefind's range is
 * 0–10; an `<h1>` is 7 by default, body text 1).
 */
export const SEARCH_WEIGHTS = {
  /** The page's heading: the person's or the seat's name. */
  name: 10,
  /** Other correct forms and known misspellings of the name ("Also written: …"). */
  alias: 7,
  /** Constituencies a person sat for; MPs of a constituency. */
  place: 5,
  /** Offices held ("Shadow Chancellor of the Exchequer"). */
  role: 7,
} as const;
export type SearchWeightRank = keyof typeof SEARCH_WEIGHTS;

/**
 * Ranking options passed to `pagefind.options({ ranking })` by the search page and by the
 * search tests, so both rank alike. Pagefind's defaults, except: a match in the `title`
 * meta (a person's or seat's name, an article's headline) is boosted ×2 rather than ×5, so
 * a headline that shares a role's words ("Labour leadership election candidates") does not
 * outrank the people who held it, while a name still lifts its own page; and the `type`
 * meta ("Person", "Article"; there for display) does not lift a page at all.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 2, type: 0 },
} as const;

/** The query parameter Pagefind appends to result links, read by the highlight script on article pages. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Filters, meta and sort key of one indexed page, as SearchFacts renders them. */
export interface PageSearchFacts {
  type: ResultType;
  facts: SearchFact[];
  meta: SearchMeta;
  /** `YYYY-MM-DD` or `YYYY-MM`; none when the date is unknown. */
  sortDate?: string;
}

/** The fields of an article that search needs (a subset of ArticleData). */
export interface ArticleSearchInput {
  date: string | null;
  datePrecision: 'day' | 'month' | 'unknown';
  publication: { name: string };
}

/**
 * An article's search facts: publication and year filters, date and publication meta,
 * the date sort key. Year, date and sort are left out when the date is unknown.
 * @example articleSearchFacts({ date: '2015-08', datePrecision: 'month', publication: { name: 'HuffPost UK' } }, 'August 2015')
 *   // { type: 'Article', facts: [{ filter: 'publication', value: 'HuffPost UK' }, { filter: 'year', value: '2015' }],
 *   //   meta: { publication: 'HuffPost UK', date: 'August 2015' }, sortDate: '2015-08' }
 */
export function articleSearchFacts(
  article: ArticleSearchInput,
  dateLabel: string,
): PageSearchFacts {
  const dated = article.date !== null && article.datePrecision !== 'unknown';
  const facts: SearchFact[] = [{ filter: 'publication', value: article.publication.name }];
  const meta: SearchMeta = { publication: article.publication.name };
  const result: PageSearchFacts = { type: 'Article', facts, meta };
  if (dated) {
    facts.push({ filter: 'year', value: article.date!.slice(0, 4) });
    meta.date = dateLabel;
    result.sortDate = article.date!;
  }
  return result;
}

/**
 * The facts as SearchFacts emits them: every filter value once, empty values dropped,
 * the `type` filter first. Order is stable so builds are byte-identical.
 * @example uniqueFacts('Person', [{ filter: 'constituency', value: 'Enfield North' }, { filter: 'constituency', value: 'Enfield North' }])
 *   // [{ filter: 'type', value: 'Person' }, { filter: 'constituency', value: 'Enfield North' }]
 */
export function uniqueFacts(type: ResultType, facts: readonly SearchFact[]): SearchFact[] {
  const seen = new Set<string>();
  const out: SearchFact[] = [];
  for (const fact of [{ filter: 'type', value: type } as SearchFact, ...facts]) {
    const value = fact.value.replace(/\s+/g, ' ').trim();
    const key = `${fact.filter}\u0000${value}`;
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ filter: fact.filter, value });
  }
  return out;
}

/** A registry person's other names, as people.json holds them (misspellings as objects or strings). */
export interface NamedEntry {
  name: string;
  aliases?: readonly string[];
  misspellings?: readonly (string | { text: string })[];
}

/**
 * Other forms of a name for the "Also written: …" line: aliases then misspellings, each
 * once, never the name itself.
 * @example nameVariants({ name: 'Iain McNicol', aliases: [], misspellings: [{ text: 'Iain McNico' }, 'Iain McNichol'] })
 *   // ['Iain McNico', 'Iain McNichol']
 */
export function nameVariants(entry: NamedEntry): string[] {
  const forms = [
    ...(entry.aliases ?? []),
    ...(entry.misspellings ?? []).map((m) => (typeof m === 'string' ? m : m.text)),
  ];
  const seen = new Set([entry.name.toLowerCase()]);
  return forms.filter((form) => {
    const key = form.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
