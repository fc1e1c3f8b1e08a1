import type { Element, ElementContent, Root, Text } from 'hast';

/** A span of a body paragraph's plain text that names something with a page of its own. */
export interface LinkableMention {
  /** 1-based body paragraph, as numbered by rehypeParagraphAnchors. */
  paragraph: number;
  /** Character offsets in the paragraph's plain text. */
  start: number;
  end: number;
  href: string;
}

export interface MentionLinkOptions {
  /** Reads the mentions for the file being rendered (from its frontmatter). */
  mentionsOf: (frontmatter: Record<string, unknown>) => LinkableMention[];
}

/**
 * Links mentions in article bodies to their person or constituency pages: the first
 * mention of each target in each paragraph becomes `<a class="mention">`. Offsets
 * come from the ingest's detection, so the body is never searched again here.
 * Must run before rehypeParagraphAnchors (it counts the same top-level paragraphs).
 */
export function rehypeMentionLinks(options: MentionLinkOptions) {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const mentions = options.mentionsOf(file.data.astro?.frontmatter ?? {});
    if (mentions.length === 0) return;
    const byParagraph = new Map<number, LinkableMention[]>();
    for (const mention of mentions) {
      const list = byParagraph.get(mention.paragraph) ?? [];
      list.push(mention);
      byParagraph.set(mention.paragraph, list);
    }
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const list = byParagraph.get(n);
      if (list) linkParagraph(node, firstPerTarget(list));
    }
  };
}

/** Keeps the first mention of each target, in text order, dropping overlaps. */
export function firstPerTarget(mentions: readonly LinkableMention[]): LinkableMention[] {
  const seen = new Set<string>();
  const kept: LinkableMention[] = [];
  let lastEnd = -1;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (seen.has(m.href) || m.start < lastEnd) continue;
    seen.add(m.href);
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

/** Splits the paragraph's direct text children at the mention offsets and wraps each mention in a link. */
function linkParagraph(paragraph: Element, mentions: readonly LinkableMention[]): void {
  const children: ElementContent[] = [];
  let offset = 0;
  let next = 0;
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      children.push(child);
      offset += textLength(child);
      continue;
    }
    let cursor = 0;
    const value = child.value;
    while (next < mentions.length) {
      const m = mentions[next]!;
      const start = m.start - offset;
      const end = m.end - offset;
      if (start < 0 || end > value.length) break;
      if (start > cursor) children.push(text(value.slice(cursor, start)));
      children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: m.href, className: ['mention'] },
        children: [text(value.slice(start, end))],
      });
      cursor = end;
      next += 1;
    }
    if (cursor < value.length) children.push(text(value.slice(cursor)));
    offset += value.length;
  }
  paragraph.children = children;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, c) => sum + textLength(c), 0);
  return 0;
}
