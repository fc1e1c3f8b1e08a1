import { readArticleRecordFile } from '../article-record.ts';
import { renderArticleBody } from './article-markdown.ts';

/**
 * The body of the article file at `filePath` as HTML: its record read and checked
 * (article-record.ts), its markdown rendered with the archive's plugins (article-markdown.ts).
 * The seed's text was escaped by the ingest, so markup in a seed arrives here as text.
 */
export async function articleBodyHtml(filePath: string): Promise<string> {
  const { data, body } = readArticleRecordFile(filePath);
  return renderArticleBody(data, body);
}
