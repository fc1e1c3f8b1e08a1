import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadRegister } from '../../src/archive/register.ts';
import { surnameOf } from '../../src/lib/people/name-parts.ts';
import { SEARCH_RANKING } from '../../src/search/facts.ts';
import { candidateParts } from '../../src/search/parts/candidates.ts';
import type { FilterDirectory, SearchPartsManifest } from '../../src/search/parts/manifest.ts';

/**
 * Helpers for the search tests: the people and seats with pages, as the build read them,
 * and Pagefind's own JS API driven inside a real page.
 */

export interface RegistryPerson {
  slug: string;
  name: string;
  surname: string;
  aliases: string[];
  misspellings: string[];
  /** Names of the constituencies they sat for (from constituencies.json). */
  seats: string[];
  roles: string[];
}

export interface Registry {
  people: RegistryPerson[];
  constituencies: { slug: string; name: string }[];
}

export const PEOPLE_FILE = 'src/data/people.json';

/**
 * The people and seats that have pages in the built site, with the facts their pages show:
 * the register the build read (the editorial registry merged with any imported one),
 * limited to those the archive's articles name. Null while src/data/people.json is absent.
 */
export function readRegistry(distDir: string): Registry | null {
  if (!existsSync(PEOPLE_FILE)) return null;
  const { registry } = loadRegister();
  const hasPage = (kind: string, slug: string) =>
    existsSync(join(distDir, kind, slug, 'index.html'));
  const seatName = new Map(registry.constituencies.map((c) => [c.slug, c.name]));
  const people = registry.people
    .filter((p) => hasPage('people', p.slug))
    .map((p): RegistryPerson => ({
      slug: p.slug,
      name: p.name,
      surname: surnameOf(p),
      aliases: p.aliases,
      misspellings: p.misspellings.map((m) => m.text),
      seats: [
        ...new Set((p.seats ?? []).map((s) => seatName.get(s.constituency) ?? s.constituency)),
      ],
      roles: [...new Set(p.roles.map((r) => r.title))],
    }));
  const constituencies = registry.constituencies
    .filter((c) => hasPage('constituencies', c.slug))
    .map((c) => ({ slug: c.slug, name: c.name }));
  return { people, constituencies };
}

export interface Hit {
  /** The page's URL path, without Pagefind's highlight parameters. */
  url: string;
  title: string;
  type: string;
}

export interface SearchOutcome {
  count: number;
  hits: Hit[];
  filters: Record<string, Record<string, number>>;
}

/**
 * Which pages a search reads, as the search page does: `people` the people part, `articles`
 * the article parts, `all` both; always only the parts that can hold the words and filters
 * (src/search/parts/candidates.ts), since a part without a query word answers with
 * pages matching a shorter word of its own.
 */
export type SearchScope = 'people' | 'articles' | 'all';

/** The built index's manifest. */
export function readManifest(distDir: string): SearchPartsManifest {
  return JSON.parse(
    readFileSync(join(distDir, 'pagefind', 'parts.json'), 'utf8'),
  ) as SearchPartsManifest;
}

/** The ids of the parts a search for `term` and `filters` opens, read from the built index's files as the search page reads them. */
export async function candidatePartIds(
  distDir: string,
  term: string | null,
  filters: Record<string, unknown> = {},
): Promise<string[]> {
  const manifest = readManifest(distDir);
  const chosen = Object.fromEntries(
    Object.entries(filters).map(([name, value]) => [
      name,
      typeof value === 'string' ? [value] : ((value as { any?: string[] }).any ?? []),
    ]),
  );
  const { parts } = await candidateParts(
    {
      words: manifest.words,
      partCount: manifest.parts.length,
      includeCharacters: manifest.includeCharacters,
    },
    term,
    chosen,
    async (file) => readFileSync(join(distDir, 'pagefind', file), 'utf8'),
    async () =>
      JSON.parse(
        readFileSync(join(distDir, 'pagefind', manifest.filters), 'utf8'),
      ) as FilterDirectory,
  );
  return parts.map((n) => manifest.parts[n]!.id);
}

/**
 * Runs `body` (JavaScript source, an async function body) in the page with `pagefind` a
 * Pagefind instance from the site itself (`/pagefind/pagefind.js`, under its CSP) holding
 * every part of the index: the people part with every article part of
 * `/pagefind/parts.json` merged in (Pagefind's own `mergeIndex`), each tagged with its
 * `part` filter, as the search page tags them. The instance is kept on the page between
 * calls. Passed as source because the test runner rewrites `import()` in functions it compiles.
 */
function inPagefind<T>(page: Page, body: string, args: unknown): Promise<T> {
  return page.evaluate(`(async (args) => {
    window.__pagefindParts ??= (async () => {
      const { createInstance } = await import('/pagefind/pagefind.js');
      const manifest = await (await fetch('/pagefind/parts.json')).json();
      const instance = createInstance({ basePath: '/pagefind/', mergeFilter: { part: manifest.parts[0].id } });
      await instance.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
      await instance.init();
      for (const part of manifest.parts.slice(1)) {
        await instance.mergeIndex(part.bundle, { ranking: ${JSON.stringify(SEARCH_RANKING)}, mergeFilter: { part: part.id } });
      }
      return instance;
    })();
    const pagefind = await window.__pagefindParts;
    ${body}
  })(${JSON.stringify(args)})`) as Promise<T>;
}

/**
 * Runs a search through Pagefind's JS API with the search page's ranking options over the
 * parts the search page would open for it (`scope`), and loads the first `limit` results.
 * `term` null lists every page the filters allow.
 */
export async function pagefindSearch(
  page: Page,
  distDir: string,
  term: string | null,
  options: {
    filters?: Record<string, unknown>;
    sort?: Record<string, string>;
    limit?: number;
    scope?: SearchScope;
    part?: string;
  } = {},
): Promise<SearchOutcome> {
  const scope = options.scope ?? 'all';
  const people = readManifest(distDir).parts[0]!.id;
  const parts = (await candidatePartIds(distDir, term, options.filters)).filter(
    (id) =>
      (scope === 'people' ? id === people : scope === 'articles' ? id !== people : true) &&
      (options.part === undefined || id === options.part),
  );
  if (parts.length === 0) return { count: 0, hits: [], filters: {} };
  return inPagefind<SearchOutcome>(
    page,
    `await pagefind.filters();
     const search = await pagefind.search(args.term, { filters: { ...args.filters, part: { any: args.parts } }, sort: args.sort });
     const data = await Promise.all(search.results.slice(0, args.limit).map((r) => r.data()));
     return {
       count: search.results.length,
       filters: search.filters,
       hits: data.map((d) => ({ url: d.url.split(/[?#]/)[0], title: d.meta.title ?? '', type: d.meta.type ?? '' })),
     };`,
    {
      term,
      filters: options.filters ?? {},
      sort: options.sort ?? {},
      limit: options.limit ?? 3,
      parts,
    },
  );
}

/** Every filter value with its page count over the whole archive (`filters()` of the instance holding every part). */
export function pagefindFilterTotals(page: Page): Promise<Record<string, Record<string, number>>> {
  return inPagefind(page, 'return pagefind.filters();', null);
}

/** Query text from prose: words only (Pagefind ignores punctuation; curly quotes would not match). */
export function queryWords(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordsOf = (text: string) =>
  queryWords(text)
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '');

/**
 * For each article (by index), its most distinctive sentence: of the sentences of 6 to 25
 * words, the one with the most words no other article uses (ties: the longer, then the
 * earlier). Chosen from the text, never by hand, so a new seed gets its own.
 */
export function distinctiveSentences(
  articles: readonly { paragraphs: readonly string[] }[],
): string[] {
  const vocabularies = articles.map((a) => new Set(a.paragraphs.flatMap(wordsOf)));
  return articles.map((article, index) => {
    const elsewhere = new Set(vocabularies.filter((_, i) => i !== index).flatMap((v) => [...v]));
    let best = { sentence: '', score: -1, length: 0 };
    for (const sentence of article.paragraphs.flatMap((p) => p.split(/(?<=[.?!]["'”’]?)\s+/))) {
      const words = wordsOf(sentence);
      if (words.length < 6 || words.length > 25) continue;
      const score = new Set(words.filter((w) => !elsewhere.has(w))).size;
      if (score > best.score || (score === best.score && words.length > best.length))
        best = { sentence, score, length: words.length };
    }
    return best.sentence;
  });
}
