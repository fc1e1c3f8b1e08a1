import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Paragraph, PhrasingContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { type ArticleData, articleSchema } from '../../src/schemas/article.ts';

export interface IngestedArticle {
  data: ArticleData;
  /** Plain text of each numbered body paragraph, in order. */
  paragraphs: string[];
}

const parser = remark().use(remarkDirective);

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((n) =>
      'value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '',
    )
    .join('');
}

/** Reads the ingest's output files (the collection the site is built from). */
export function readIngestedArticles(dir = 'src/content/articles'): IngestedArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { data, content } = matter(readFileSync(join(dir, name), 'utf8'));
      const tree = parser.parse(content);
      const paragraphs = tree.children
        .filter((n): n is Paragraph => n.type === 'paragraph')
        .map((p) => plainText(p.children));
      return { data: articleSchema.parse(data), paragraphs };
    });
}
