import type { Element, Root } from 'hast';

/** The fragment id of the n-th body paragraph (1-based): stable while the seed is unchanged. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * Gives every top-level body paragraph an `id` (`p1`, `p2`, ...) and a visible
 * "¶" link to itself, so readers can cite one paragraph. Captions and crossheads
 * are not numbered: the numbers match the ingest's paragraph count.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const id = paragraphId(n);
      node.properties = { ...node.properties, id };
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['para-link'], ariaLabel: `Link to paragraph ${n}` },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
