import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import type { Block } from './structure.ts';

/**
 * Serialises an article body with remark, so every character of the seed is
 * escaped by the markdown serialiser (never by hand): `<script>`, `*`, `[` stay text.
 * Pictures are `:::caption{credit="..."}` directives, rendered as figures by the site.
 */
const serialiser = remark().use(remarkDirective).data('settings', {
  bullet: '-',
  emphasis: '_',
  fences: true,
  rule: '-',
});

/** Builds the mdast tree for an article's body blocks. */
export function blocksToMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = blocks.map((block): RootContent => {
    switch (block.kind) {
      case 'paragraph':
        return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
      case 'subheading':
        return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
      case 'caption': {
        const figure: ContainerDirective = {
          type: 'containerDirective',
          name: 'caption',
          attributes: block.credit ? { credit: block.credit } : {},
          children: block.caption ? [{ type: 'paragraph', children: [{ type: 'text', value: block.caption }] }] : [],
        };
        return figure;
      }
    }
  });
  return { type: 'root', children };
}

/** @example blocksToMarkdown([{ kind: 'paragraph', text: '<b>hi</b>', line: 1 }]) // '\\<b>hi\\</b>\n' */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return serialiser.stringify(blocksToMdast(blocks));
}

/** Parses article markdown back into blocks' plain text, for round-trip checks and tests. */
export function markdownToMdast(markdown: string): Root {
  return serialiser.parse(markdown);
}
