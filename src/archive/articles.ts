import { type CollectionEntry, getCollection } from 'astro:content';
import { compareNewestFirst } from '../lib/dates.ts';
import { compareCodePoints } from '../lib/order.ts';

export type Article = CollectionEntry<'articles'>;

let loaded: Promise<Article[]> | undefined;

/**
 * Every article, newest first, read from the collection once per build and shared
 * by every page that needs it (so page count never multiplies collection reads).
 */
export function allArticles(): Promise<Article[]> {
  loaded ??= getCollection('articles').then((entries) =>
    entries.sort(
      (a, b) =>
        compareNewestFirst(a.data.date, b.data.date) ||
        compareCodePoints(a.data.sourceFile, b.data.sourceFile),
    ),
  );
  return loaded;
}

export { articlePath } from '../lib/paths.ts';
