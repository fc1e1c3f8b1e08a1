import type { CardFacts } from './card.ts';

/** Where a page's card lives: beside the page, so its URL is the page's URL plus `card.png`. */
export const CARD_FILE = 'card.png';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * An HTML attribute value as text.
 * @example decodeAttribute('Tom &amp; Jerry&#39;s') // "Tom & Jerry's"
 */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The `<meta>` tags of a page's head, by their `property` or `name`. */
function headMeta(html: string): Map<string, string> {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
    const key = /\s(?:property|name)="([^"]*)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !meta.has(key)) meta.set(key, decodeAttribute(content));
  }
  return meta;
}

/** A page's card as the page names it: what it shows, and the URL path of its image. */
export interface PageCard extends CardFacts {
  imagePath: string;
}

/**
 * What a built page's card shows, read from the metadata the page itself carries: its
 * `og:title`, and the facts it gives link previews (`twitter:data1`, `twitter:data2`), or its
 * description when it has none. Null for a page that names no card (the 404 page).
 * @example pageCard('<head><meta property="og:image" content="https://x/a/card.png"><meta property="og:title" content="A"><meta name="twitter:data1" content="The Herald"></head>')
 *   // { title: 'A', facts: ['The Herald'], imagePath: '/a/card.png' }
 */
export function pageCard(html: string): PageCard | null {
  const meta = headMeta(html);
  const image = meta.get('og:image');
  const title = meta.get('og:title');
  if (!image?.endsWith(`/${CARD_FILE}`) || !title) return null;
  const facts = ['twitter:data1', 'twitter:data2'].flatMap((key) => meta.get(key) ?? []);
  const description = meta.get('og:description');
  const imagePath = URL.canParse(image) ? new URL(image).pathname : image;
  return { title, facts: facts.length > 0 || !description ? facts : [description], imagePath };
}
