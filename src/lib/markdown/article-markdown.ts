import { type RehypePlugins, type RemarkPlugins, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Text } from 'hast';
import type { Html } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleData } from '../../schemas/article.ts';
import { type LinkableMention, rehypeMentionLinks } from './rehype-mention-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkCaptions } from './remark-captions.ts';
import { constituencyPath, personPath } from '../paths.ts';

/**
 * The links the ingest found in an article's record: people and seats named in its
 * paragraphs, by character offset (the body is never searched again at render time).
 */
export function articleMentionLinks(frontmatter: Record<string, unknown>): LinkableMention[] {
  const { mentions = [], constituencyMentions = [] } = frontmatter as Partial<
    Pick<ArticleData, 'mentions' | 'constituencyMentions'>
  >;
  return [
    ...mentions.map(({ paragraph, start, end, person }) => ({
      paragraph,
      start,
      end,
      href: personPath(person),
    })),
    ...constituencyMentions.map(({ paragraph, start, end, constituency }) => ({
      paragraph,
      start,
      end,
      href: constituencyPath(constituency),
    })),
  ];
}

/**
 * The archive's markdown plugins, for astro.config.mjs (any markdown Astro renders itself);
 * article pages render with {@link renderArticleBody}, which uses the same plugins.
 * Article text is archived as published: no typographic rewriting (smartypants) and no GFM
 * autolinking of bare URLs, so what the seed said is what the page shows.
 */
export const ARTICLE_MARKDOWN: {
  gfm: false;
  smartypants: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkDirective, remarkCaptions],
  rehypePlugins: [
    [rehypeMentionLinks, { mentionsOf: articleMentionLinks }],
    rehypeParagraphAnchors,
  ],
};

/**
 * The same plugins in the same order as Astro's markdown processor, less the steps article
 * bodies cannot use: `rehype-raw` (a full HTML re-parse of every body, a quarter of the
 * render time at 10,000 articles, BENCHMARKS.md) and the image steps (articles have none).
 * Without rehype-raw there is no raw HTML to pass through at all: should a body ever
 * contain an HTML node, it is shown as the text it is (never dropped, never markup).
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkCaptions)
  .use(remarkRehype, {
    handlers: { html: (_state, node: Html): Text => ({ type: 'text', value: node.value }) },
  })
  .use(rehypeMentionLinks, { mentionsOf: articleMentionLinks })
  .use(rehypeParagraphAnchors)
  .use(rehypeHeadingIds)
  .use(rehypeStringify)
  .freeze();

/**
 * An article body as HTML. Articles are rendered by their own page rather than by the
 * content collection, so the collection's data store (which Astro embeds whole in the
 * build) holds no article text.
 */
export async function renderArticleBody(data: ArticleData, body: string): Promise<string> {
  const file = new VFile({ value: body, data: { astro: { frontmatter: data } } });
  return String(await processor.process(file));
}
