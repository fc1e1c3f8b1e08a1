import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseArticleFile } from '../lib/article-file.ts';
import { sourceDigest } from './page-keys.ts';

/**
 * The `articles` collection's loader: one entry per `<slug>.md` the ingest wrote, holding
 * the article's card only (the collection schema, `articleCardSchema`, drops the rest).
 *
 * Why not Astro's `glob()`: it keeps every entry's body and rendered HTML in the content
 * data store, and Astro embeds that store in the build as one string. At 10,000 articles
 * that was 340 MB of store and 7.4 GiB of memory, and about 15,000 articles passed V8's
 * maximum string length (BENCHMARKS.md). Here the store holds about 1 KB per article; the
 * article's page reads and renders its own file (src/archive/records.ts).
 */
export function articleLoader({ base }: { base: string }): Loader {
  // Astro calls load() again on every content sync; the watcher needs one listener, not one per sync.
  let watching = false;
  return {
    name: 'archive-articles',
    async load(context) {
      const directory = resolve(base);
      const names = (await readdir(directory)).filter((name) => name.endsWith('.md')).sort();
      const present = new Set<string>();
      for (const name of names) present.add(await loadArticle(context, directory, name));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);

      // `astro dev`: follow the ingest's rewrites of the directory.
      if (!context.watcher || watching) return;
      watching = true;
      context.watcher.add(directory);
      context.watcher.on('all', (event, path) => {
        if (!path.startsWith(directory) || !path.endsWith('.md')) return;
        if (event === 'unlink') context.store.delete(basename(path, '.md'));
        else if (event === 'add' || event === 'change')
          void loadArticle(context, directory, basename(path));
      });
    },
  };
}

/**
 * Loads one file into the store and returns its id (the file name's slug). A file the store
 * holds with the same digest is not parsed again (a daily build re-reads 10,000 articles to
 * add one): the digest covers the file and the code that turns it into a card (all of src/,
 * as Astro's own check covers src/content.config.ts alone, not the schemas it imports).
 */
async function loadArticle(
  { store, parseData, generateDigest }: LoaderContext,
  directory: string,
  name: string,
): Promise<string> {
  const absolute = join(directory, name);
  const filePath = relative(process.cwd(), absolute);
  const id = basename(name, '.md');
  const text = await readFile(absolute, 'utf8');
  const digest = generateDigest(`${sourceDigest()}\0${text}`);
  const stored = store.get(id);
  if (stored?.digest === digest && stored.filePath === filePath) return id;
  const { data } = parseArticleFile(text, filePath);
  const card = await parseData({ id, data: data as Record<string, unknown>, filePath });
  if (card['slug'] !== id)
    throw new Error(`${filePath}: slug "${String(card['slug'])}" does not match the file name`);
  store.set({ id, data: card, digest, filePath });
  return id;
}
