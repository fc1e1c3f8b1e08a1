import { readFileSync } from 'node:fs';
import { type ArticleData, articleSchema } from '../schemas/article.ts';
import { parseArticleFile } from './article-file.ts';
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
 * page, and the person pages listing it; article-record-tasks.ts). Throws naming the file and
 * field on a bad record.
 */
export function readArticleRecordFile(path: string): ArticleRecord {
  // Synchronous on purpose: a record is a few kilobytes, and a build reads tens of thousands
  // one after another; an async read's round trip through libuv's thread pool left the
  // reading thread idle between them (BENCHMARKS.md).
  const { data, body } = parseArticleFile(readFileSync(path, 'utf8'), path);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { data: parsed.data, body };
}
