import {
  createMarkdownProcessor,
  type MarkdownRenderer,
  markdownConfigDefaults,
  type RehypePlugins,
  type RemarkPlugins,
} from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { ArticleData } from '../../schemas/article.ts';
import { type LinkableMention, rehypeMentionLinks } from './rehype-mention-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkCaptions } from './remark-captions.ts';

/**
 * The links the ingest found in an article's record: people and seats named in its
 * paragraphs, by character offset (the body is never searched again at render time).
 */
export function articleMentionLinks(frontmatter: Record<string, unknown>): LinkableMention[] {
  const { mentions = [], constituencyMentions = [] } = frontmatter as Partial<Pick<ArticleData, 'mentions' | 'constituencyMentions'>>;
  return [
    ...mentions.map(({ paragraph, start, end, person }) => ({ paragraph, start, end, href: `/people/${person}/` })),
    ...constituencyMentions.map(({ paragraph, start, end, constituency }) => ({
      paragraph,
      start,
      end,
      href: `/constituencies/${constituency}/`,
    })),
  ];
}

/**
 * How article markdown becomes HTML, shared by astro.config.mjs (Astro's own markdown) and
 * {@link renderArticleBody} (the article pages), so both render identically.
 * Article text is archived as published: no typographic rewriting (smartypants) and no GFM
 * autolinking of bare URLs, so what the seed said is what the page shows.
 */
export const ARTICLE_MARKDOWN: { gfm: false; smartypants: false; remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkDirective, remarkCaptions],
  rehypePlugins: [[rehypeMentionLinks, { mentionsOf: articleMentionLinks }], rehypeParagraphAnchors],
};

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * An article body as HTML, rendered by Astro's markdown processor with the archive's plugins.
 * Articles are rendered by their own page rather than by the content collection, so the
 * collection's data store (which Astro embeds whole in the build) holds no article text.
 */
export async function renderArticleBody(data: ArticleData, body: string): Promise<string> {
  renderer ??= createMarkdownProcessor({
    ...markdownConfigDefaults,
    // Article prose has no code blocks; Shiki's inline styles would only fight the CSP.
    syntaxHighlight: false,
    ...ARTICLE_MARKDOWN,
  });
  const { code } = await (await renderer).render(body, { frontmatter: data });
  return code;
}
