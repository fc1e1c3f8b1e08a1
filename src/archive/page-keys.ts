import { pageKey } from '../lib/page-key.ts';
import { filesDigest, projectFiles } from './file-digest.ts';
import type { Archive } from './archive.ts';
import type { Article } from './articles.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and route code are unchanged is copied from the previous build instead of rendered. A key
 * must change whenever anything the page shows changes, so each is built from what its page
 * reads: the records it shows (an entry's digest covers its whole file), their record dates,
 * which of the people and seats it names have pages, and the site's own code and data
 * ({@link sourceDigest}). Pages that list the whole archive have no key: they are rendered
 * every build. docs/incremental-builds.md says what each page kind depends on.
 */

/** Files under src/ the ingest writes for each article: pages read them through the articles. */
const PER_ARTICLE_DATA = new Set([
  'src/data/permalinks.json',
  'src/data/record-dates.json',
  'src/data/article-facts.json',
]);

let source: string | undefined;

/**
 * One digest of src/ (code, styles, registry and editorial data, the imported register),
 * leaving out the articles and the files the ingest writes per article. Astro's own
 * dependency hash covers a route's bundled modules, but not the worker threads that read
 * records and render bodies (src/archive/record-worker.ts) nor the data files they read.
 */
export function sourceDigest(root = process.cwd()): string {
  source ??= filesDigest(
    root,
    projectFiles(root, ['src'], (p) => p === 'src/content' || PER_ARTICLE_DATA.has(p)),
  );
  return source;
}

/** What a list of articles contributes to a key: each one's file digest and record dates. */
function articlesPart(archive: Archive, articles: readonly Article[]) {
  return articles.map((a) => [a.digest ?? a.id, archive.recordDateOf(a) ?? null]);
}

/** An article page: its record, its record dates, and its related articles' records. */
export function articlePageKey(archive: Archive, article: Article): string {
  const related = (archive.relatedBySlug.get(article.data.slug) ?? []).map((r) => [
    r.reasons,
    articlesPart(archive, [archive.articleBySlug.get(r.id)!]),
  ]);
  return pageKey([sourceDigest(), 'article', articlesPart(archive, [article]), related]);
}

const keysByArchive = new WeakMap<Archive, Map<string, string>>();

/** A key computed once per build for every page of one person, seat, topic or publication. */
function memoised(archive: Archive, id: string, compute: () => string): string {
  const keys = keysByArchive.get(archive) ?? new Map<string, string>();
  keysByArchive.set(archive, keys);
  let key = keys.get(id);
  if (key === undefined) {
    key = compute();
    keys.set(id, key);
  }
  return key;
}

/**
 * Every page of one person (overview, year pages, feed): the articles naming them, and which
 * of their seats have pages (a seat gets one when an article names it).
 */
export function personPagesKey(archive: Archive, slug: string): string {
  return memoised(archive, `person:${slug}`, () => {
    const seats = (archive.personBySlug.get(slug)?.seats ?? []).map((s) => s.constituency);
    return pageKey([
      sourceDigest(),
      'person',
      slug,
      articlesPart(archive, archive.articlesByPerson.get(slug) ?? []),
      seats.map((seat) => [seat, archive.hasConstituencyPage(seat)]),
    ]);
  });
}

/** Every page of one seat: the articles naming it or its MP, and which of its MPs have pages. */
export function constituencyPagesKey(archive: Archive, slug: string): string {
  return memoised(archive, `constituency:${slug}`, () => {
    const holders = (archive.mpsByConstituency.get(slug) ?? []).map(({ person }) => person.slug);
    return pageKey([
      sourceDigest(),
      'constituency',
      slug,
      articlesPart(archive, archive.articlesByConstituency.get(slug) ?? []),
      holders.map((person) => [person, archive.hasPersonPage(person)]),
    ]);
  });
}

/** Every page of one publication or topic (overview, with a topic's story threads, and years): its articles. */
export function groupPagesKey(
  archive: Archive,
  kind: 'publication' | 'topic',
  slug: string,
): string {
  const articles = kind === 'publication' ? archive.articlesByPublication : archive.articlesByTopic;
  return memoised(archive, `${kind}:${slug}`, () =>
    pageKey([sourceDigest(), kind, slug, articlesPart(archive, articles.get(slug) ?? [])]),
  );
}
