import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { type ArticleData, articleSchema } from '../schemas/article.ts';
import { parseArticleFile } from '../lib/article-file.ts';
import type { Article } from './articles.ts';

export interface ArticleRecord {
  /** The whole record: the card plus every mention, seat mention and quotation. */
  data: ArticleData;
  /** The markdown body. */
  body: string;
}

/** Where an article's full record is: its file (the collection keeps only cards). */
export function articleFilePath(article: Article): string {
  if (!article.filePath) throw new Error(`article ${article.id} has no file`);
  return article.filePath;
}

/**
 * The full record in the article file at `path`, read when a page needs it (the article's own
 * page, and the person pages listing it; record-tasks.ts). Throws naming the file and
 * field on a bad record.
 */
export function readArticleRecordFile(path: string): ArticleRecord {
  // Synchronous on purpose: a record is a few kilobytes, and a build reads tens of thousands
  // one after another; an async read's round trip through libuv's thread pool left the
  // reading thread idle between them (BENCHMARKS.md).
  const text = readFileSync(path, 'utf8');
  const { data, body } = parseArticleFile(text, path);
  const digest = hash('sha1', text);
  if (checkedAsIs.get(path) === digest) return { data: data as ArticleData, body };
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (isDeepStrictEqual(parsed.data, data)) checkedAsIs.set(path, digest);
  return { data: parsed.data, body };
}

/**
 * The record files this thread has checked against `articleSchema` and found to be exactly
 * what the schema gives back, by path, with the digest of the text checked. A build reads a
 * record several times (its own page, then each person page listing it), and the check is
 * over half of a read's cost; the same text is not checked twice. Cleared only with the
 * thread: a few dozen bytes an article.
 */
const checkedAsIs = new Map<string, string>();
