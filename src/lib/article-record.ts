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

/**
 * The full record of one article, read from its file when a page needs it (the article's
 * own page, and the person and seat pages listing it): the collection keeps only cards.
 */
export function readArticleRecord(article: Article): ArticleRecord {
  const path = article.filePath;
  if (!path) throw new Error(`article ${article.id} has no file`);
  return readArticleRecordFile(path);
}

/** The full record in the article file at `path`; throws naming the file and field on a bad record. */
export function readArticleRecordFile(path: string): ArticleRecord {
  // Synchronous on purpose: a build reads tens of thousands of small records one after
  // another, and an async read's round trip through libuv's thread pool left the render
  // loop idle between them (BENCHMARKS.md, "Where it bends now").
  const { data, body } = parseArticleFile(readFileSync(path, 'utf8'), path);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { data: parsed.data, body };
}
