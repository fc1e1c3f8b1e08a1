/**
 * CPU time per social card: draws 200 cards of varied titles and facts with the card renderer
 * and prints milliseconds of CPU per card (after a warm-up, so fonts are already read).
 *   node bench/cards.ts [COUNT] [--out DIR]   (DIR: also writes the first few cards there)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { renderCard, type CardFacts } from '../scripts/social-cards/card.ts';

const WORDS = (
  'council vote delayed minister resigns over budget row Labour Conservative leader ' +
  'election campaign Westminster Commons Lords inquiry health service strike pay offer ' +
  'Scotland Wales referendum by-election result Brexit deal trade talks collapse MP ' +
  'constituency boundary review housing crisis spending plans unveiled Chancellor’s ' +
  'Prime Minister’s questions shadow cabinet reshuffle Liberal Democrats gain seat'
).split(' ');
const PUBLICATIONS = ['The Herald', 'The Guardian', 'Financial Times', 'Yorkshire Post'];

/** A deterministic title of `words` words, different for each `i`. */
function title(i: number): string {
  const words = 4 + ((i * 7) % 22);
  return Array.from({ length: words }, (_, k) => WORDS[(i * 13 + k * 17 + k * k) % WORDS.length])
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

export function benchCards(count: number): CardFacts[] {
  return Array.from({ length: count }, (_, i) => ({
    title: title(i),
    facts:
      i % 5 === 4
        ? [`Member of Parliament for a constituency with a long name, ${i}`]
        : [PUBLICATIONS[i % PUBLICATIONS.length]!, `${(i % 28) + 1} September 2018`],
  }));
}

/** CPU and wall milliseconds per card for `render` over `cards`, after a warm-up of five. */
export async function timeCards(
  render: (card: CardFacts) => Promise<Uint8Array>,
  cards: CardFacts[],
  out?: string,
): Promise<string> {
  for (const card of cards.slice(0, 5)) await render(card);
  const start = process.cpuUsage();
  const wall = performance.now();
  let bytes = 0;
  for (const [i, card] of cards.entries()) {
    const png = await render(card);
    bytes += png.length;
    if (out && i < 8) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `card-${i}.png`), png);
    }
  }
  const cpu = process.cpuUsage(start);
  const ms = (cpu.user + cpu.system) / 1000;
  const count = cards.length;
  return (
    `${count} cards: ${(ms / count).toFixed(2)} ms CPU per card, ` +
    `${((performance.now() - wall) / count).toFixed(2)} ms wall, ` +
    `${Math.round(bytes / count / 1024)} KiB per PNG, load ${loadavg()[0]!.toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
  const outAt = args.indexOf('--out');
  console.log(
    await timeCards(renderCard, benchCards(count), outAt >= 0 ? args[outAt + 1] : undefined),
  );
}

if (import.meta.main) await main();
