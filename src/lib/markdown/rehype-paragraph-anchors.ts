import type { Element, Root } from 'hast';

/** The fragment id of the n-th body paragraph (1-based): stable while the seed is unchanged. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** The text of a hast node, as a heading's slug is made from it. */
function textOf(node: Root['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((c) => textOf(c as Root['children'][number])).join('');
}

/**
 * The id for a crosshead whose own slug ("P1" makes `p1`) would be a paragraph's id, or
 * null when it cannot clash. The dot is a character heading slugs never hold, so the id
 * cannot clash with another crosshead's either.
 * @example crossheadId('P1') // 'crosshead.p1'
 */
export function crossheadId(text: string): string | null {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/gu, '-');
  return /^p\d+$/.test(slug) ? `crosshead.${slug}` : null;
}

/**
 * Gives every top-level body paragraph an `id` (`p1`, `p2`, ...) and a visible
 * "¶" link to itself, so readers can cite one paragraph. Captions and crossheads
 * are not numbered: the numbers match the ingest's paragraph count. A crosshead that
 * would take a paragraph's id ("P1") gets {@link crossheadId} instead.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    const given = new Set<string>();
    for (const node of tree.children) {
      const heading = node.type === 'element' && /^h[1-6]$/.test(node.tagName);
      if (heading && node.properties.id === undefined) {
        const base = crossheadId(textOf(node));
        let id = base;
        for (let k = 2; id && given.has(id); k++) id = `${base}.${k}`;
        if (id) node.properties = { ...node.properties, id };
        if (id) given.add(id);
      }
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const id = paragraphId(n);
      node.properties = { ...node.properties, id };
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['para-link'],
          ariaLabel: `Link to paragraph ${n}`,
        },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
