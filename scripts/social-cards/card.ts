import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../../src/lib/site.ts';

/** What a page's card shows: the site, the page's title and a few facts (publication, date; a role). */
export interface CardFacts {
  title: string;
  facts: string[];
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Changes whenever the card's look does, so cached cards of an older look are not reused. */
export const CARD_DESIGN = 'card-1';

const COLOURS = {
  bg: '#fdfcf9',
  fg: '#1c1b19',
  muted: '#5a5650',
  accent: '#8a1c1c',
  rule: '#d9d4ca',
};
/** Past these lengths a title or fact is cut at a word and ends with an ellipsis, so it fits (a lone fact may take two lines). */
const TITLE_MAX = 150;
const FACT_MAX = 70;

type Weight = 400 | 700;
type Font = { name: string; data: Buffer; weight: Weight; style: 'normal' };

let fonts: Font[] | undefined;

/** The open fonts the cards are set in, read once from their npm packages (Latin and Latin Extended). */
function cardFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const file = (pkg: string, subset: string, weight: Weight) =>
    readFileSync(
      join(
        dirname(require.resolve(`@fontsource/${pkg}/package.json`)),
        'files',
        `${pkg}-${subset}-${weight}-normal.woff`,
      ),
    );
  const family = (name: string, pkg: string, weights: Weight[]) =>
    weights.flatMap((weight) =>
      ['latin', 'latin-ext'].map((subset) => ({
        name: subset === 'latin' ? name : `${name} Ext`,
        data: file(pkg, subset, weight),
        weight,
        style: 'normal' as const,
      })),
    );
  fonts = [
    ...family('Serif', 'source-serif-4', [700]),
    ...family('Sans', 'source-sans-3', [400, 700]),
  ];
  return fonts;
}

/**
 * Text cut to `max` characters at a word boundary, with an ellipsis when cut.
 * @example shorten('Labour row erupts over vote', 12) // 'Labour row…'
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** The title's size: large for a short title, smaller as it grows, so most fit in three lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 50 ? 68 : length <= 90 ? 58 : 48;
}

type Node = {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Node | Node[] };
};
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({
  type: 'div',
  props: { style, children },
});

/** The card as satori's element tree: text is only ever a child string, never markup. */
export function cardTree({ title, facts }: CardFacts): Node {
  const shown = shorten(title, TITLE_MAX);
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      paddingTop: 48,
      paddingBottom: 56,
      paddingLeft: 72,
      paddingRight: 72,
      background: COLOURS.bg,
      color: COLOURS.fg,
      fontFamily: 'Sans, Sans Ext',
      borderTop: `16px solid ${COLOURS.accent}`,
    },
    [
      box(
        {
          display: 'flex',
          fontSize: 30,
          fontWeight: 700,
          color: COLOURS.accent,
          fontFamily: 'Serif, Serif Ext',
        },
        SITE_NAME,
      ),
      box({ display: 'flex', flexGrow: 1, alignItems: 'center' }, [
        box(
          {
            display: 'flex',
            width: '100%',
            fontFamily: 'Serif, Serif Ext',
            fontWeight: 700,
            fontSize: titleSize(shown),
            lineHeight: 1.15,
          },
          shown,
        ),
      ]),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          borderTop: `2px solid ${COLOURS.rule}`,
          paddingTop: 20,
          fontSize: 32,
          color: COLOURS.muted,
        },
        facts
          .slice(0, 2)
          .map((fact) =>
            box({ display: 'flex' }, shorten(fact, facts.length === 1 ? FACT_MAX * 2 : FACT_MAX)),
          ),
      ),
    ],
  );
}

/** A page's card as a PNG, 1200 × 630, drawn by satori (layout and text) and resvg (pixels). */
export async function renderCard(card: CardFacts): Promise<Uint8Array> {
  // satori's types want React elements; its element tree is this plain shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
