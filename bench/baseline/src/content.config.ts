import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The same articles as the archive, as plain markdown (title and date in the frontmatter), no schema. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
});

export const collections = { articles };
