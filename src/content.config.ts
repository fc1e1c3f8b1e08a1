import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/**
 * Articles are written by `npm run ingest` from seeds/ into src/content/articles/.
 * The schema lives in src/schemas so the ingest validates its output with the same rules.
 */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles', generateId: ({ data }) => String(data['slug']) }),
  schema: articleSchema,
});

export const collections = { articles };
