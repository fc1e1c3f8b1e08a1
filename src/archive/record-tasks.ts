import type { ArticleMention, ArticleQuote } from '../schemas/article.ts';
import { readArticleRecordFile } from './records.ts';
import { renderArticleBody } from '../lib/markdown/article-markdown.ts';

/**
 * What pages need from an article's full record (the collection keeps only cards): each task
 * reads the record file, checks it (records.ts) and returns only what the page shows,
 * so it can run on a worker thread and send back little (record-workers.ts).
 */
export type RecordTask =
  { kind: 'body'; filePath: string } | { kind: 'person'; filePath: string; person: string };

/** One person's mentions in an article, and their quotations in it. */
export interface PersonInArticle {
  mentions: ArticleMention[];
  quotes: ArticleQuote[];
}

export type RecordTaskResult<T extends RecordTask> = T extends { kind: 'body' }
  ? string
  : PersonInArticle;

/**
 * The body of the article file at `filePath` as HTML, with the archive's markdown plugins
 * (article-markdown.ts). The seed's text was escaped by the ingest, so markup in a seed
 * arrives here as text.
 */
export async function articleBodyHtml(filePath: string): Promise<string> {
  const { data, body } = readArticleRecordFile(filePath);
  return renderArticleBody(data, body);
}

/** The person's mentions in the article file at `filePath`, and what they are quoted saying in it. */
export function personInArticle(filePath: string, person: string): PersonInArticle {
  const { data } = readArticleRecordFile(filePath);
  return {
    mentions: data.mentions.filter((m) => m.person === person),
    quotes: data.quotes.filter((q) => q.speaker === person),
  };
}

export async function runRecordTask(task: RecordTask): Promise<string | PersonInArticle> {
  return task.kind === 'body'
    ? articleBodyHtml(task.filePath)
    : personInArticle(task.filePath, task.person);
}
