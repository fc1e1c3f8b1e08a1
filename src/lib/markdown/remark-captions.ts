import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
// Registers the `hName`/`hProperties` fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';

/**
 * Renders the ingest's `:::caption{credit="..."}` directives as
 * `<figure class="picture"><figcaption>caption <span class="credit">Picture: credit</span></figcaption></figure>`.
 * The pictures themselves are not archived; the caption and credit are journalism and stay.
 * Text stays text nodes throughout, so nothing in a caption can become markup.
 */
export function remarkCaptions() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'caption') return;
      const credit = node.attributes?.['credit'];
      const captionText = node.children.flatMap((child) =>
        child.type === 'paragraph' ? child.children : [],
      );
      const parts: PhrasingContent[] = [...captionText];
      if (credit) {
        if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
        parts.push({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['credit'] } },
          children: [{ type: 'text', value: `Picture: ${credit}` }],
        });
      }
      const figcaption: Paragraph = {
        type: 'paragraph',
        data: { hName: 'figcaption' },
        children: parts,
      };
      node.data = { hName: 'figure', hProperties: { className: ['picture'] } };
      node.children = [figcaption];
    });
  };
}
