import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CARD_DESIGN, renderCard } from './card.ts';
import { CARD_FILE, pageCard } from './page-card.ts';
import { readPageHead } from '../site/site-files.ts';

export interface CardTally {
  drawn: number;
  reused: number;
  /** Cache entries this run used: the rest are stale and may be pruned. */
  used: string[];
}

/**
 * Writes the card of each page (HTML files relative to `distDir`) beside it. A card is keyed
 * by its design and facts: one already drawn for the same facts is copied from `cacheDir`.
 */
export async function writeCards(
  distDir: string,
  htmlFiles: string[],
  cacheDir: string,
): Promise<CardTally> {
  mkdirSync(cacheDir, { recursive: true });
  const tally: CardTally = { drawn: 0, reused: 0, used: [] };
  for (const file of htmlFiles) {
    // The head alone holds the card's facts; a person's page can run to megabytes.
    const card = pageCard(readPageHead(join(distDir, file)));
    // A page that shares another's card (a person's year page) leaves it to that page.
    const folder = dirname(file);
    if (!card || card.imagePath !== `/${folder === '.' ? '' : `${folder}/`}${CARD_FILE}`) continue;
    const key = `${createHash('sha256')
      .update(JSON.stringify([CARD_DESIGN, card.title, card.facts]))
      .digest('hex')}.png`;
    const cached = join(cacheDir, key);
    const target = join(distDir, folder, CARD_FILE);
    tally.used.push(key);
    if (existsSync(cached)) {
      copyFileSync(cached, target);
      tally.reused += 1;
      continue;
    }
    const png = await renderCard({ title: card.title, facts: card.facts });
    writeFileSync(target, png);
    // Written aside and renamed, so a run killed mid-write never leaves a torn card to reuse.
    writeFileSync(`${cached}.${process.pid}.tmp`, png);
    renameSync(`${cached}.${process.pid}.tmp`, cached);
    tally.drawn += 1;
  }
  return tally;
}

/** True when `key` names a finished cache entry (not another run's file in progress). */
export const isCacheEntry = (name: string) => /^[0-9a-f]{64}\.png$/.test(name);
