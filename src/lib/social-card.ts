import { SITE_NAME } from './site.ts';

/** A fact a link preview shows beside the title, as `twitter:labelN` / `twitter:dataN`. */
export interface CardFact {
  label: string;
  value: string;
}

export interface SocialCard {
  /** Absolute URL of the card image, beside the page: the page's URL plus `card.png`. */
  url: string;
  width: number;
  height: number;
  alt: string;
  facts: CardFact[];
}

/** The size the cards are drawn at (scripts/social-cards/card.ts): Open Graph's large image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Where a page's card is: beside the page.
 * @example cardUrl('https://x.org/articles/a/') // 'https://x.org/articles/a/card.png'
 */
export const cardUrl = (pageUrl: string) => new URL('card.png', pageUrl).href;

/**
 * A page's social card: where it is, its size, its alt text (what it shows, in words) and
 * the facts it shows (at most two, as link previews show; the description when none).
 * @example socialCard('https://x/people/a/', 'Ann Ash', [{ label: 'Role', value: 'MP for Leeds' }], 'D').alt
 *   // 'UK Political News Archive card: Ann Ash. MP for Leeds.'
 */
export function socialCard(
  pageUrl: string,
  title: string,
  facts: readonly CardFact[],
  description: string,
): SocialCard {
  const shown = facts.slice(0, 2);
  const lines = shown.length > 0 ? shown.map((f) => f.value) : [description];
  const alt = [
    `${SITE_NAME} card:`,
    ...[title, ...lines].map((line) => (/[.!?…]$/.test(line) ? line : `${line}.`)),
  ].join(' ');
  return { url: cardUrl(pageUrl), ...CARD_SIZE, alt, facts: shown };
}
