import { readFile } from 'node:fs/promises';
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
export async function readArticleRecord(article: Article): Promise<ArticleRecord> {
  const path = article.filePath;
  if (!path) throw new Error(`article ${article.id} has no file`);
  const { data, body } = parseArticleFile(await readFile(path, 'utf8'), path);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { data: parsed.data, body };
}
