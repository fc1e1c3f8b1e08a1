import { availableParallelism } from 'node:os';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listSitePages } from '../site/site-files.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { type CardTally, isCacheEntry, writeCards } from './write-cards.ts';

/** Below this many pages, starting workers (each loads the fonts and the renderer) costs more than it saves. */
const PAGES_PER_WORKER = 150;

/** What one worker thread draws: its share of the pages. */
export interface CardShare {
  distDir: string;
  htmlFiles: string[];
  cacheDir: string;
}

/** Splits the pages among worker threads, each drawing its share. */
async function inWorkers(
  distDir: string,
  htmlFiles: string[],
  cacheDir: string,
  count: number,
): Promise<CardTally[]> {
  const shares = Array.from({ length: count }, (_, w) =>
    htmlFiles.filter((_, i) => i % count === w),
  );
  const pool = new WorkerPool<CardShare, CardTally>(new URL('./worker.ts', import.meta.url), {
    size: count,
    name: 'a social-card',
  });
  try {
    return await Promise.all(
      shares.map((share) => pool.run({ distDir, htmlFiles: share, cacheDir })),
    );
  } finally {
    await pool.close();
  }
}

/** Removes cache entries no page of this build used, so the cache holds one build's cards. */
function prune(cacheDir: string, used: Set<string>): void {
  for (const name of readdirSync(cacheDir))
    if (isCacheEntry(name) && !used.has(name)) rmSync(join(cacheDir, name));
}

/**
 * Draws every page's social card after the build (`card.png` beside the page; see
 * scripts/social-cards/card.ts), from the facts each page carries in its own metadata.
 */
export function socialCards({ cacheDir }: { cacheDir: string }): AstroIntegration {
  return {
    name: 'archive-social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const htmlFiles = listSitePages(distDir).map((p) => p.file);
        const count = Math.max(
          1,
          Math.min(availableParallelism(), Math.floor(htmlFiles.length / PAGES_PER_WORKER)),
        );
        const tallies =
          count === 1
            ? [await writeCards(distDir, htmlFiles, cacheDir)]
            : await inWorkers(distDir, htmlFiles, cacheDir, count);
        const used = new Set(tallies.flatMap((t) => t.used));
        prune(cacheDir, used);
        const drawn = tallies.reduce((n, t) => n + t.drawn, 0);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${used.size} social cards: ${drawn} drawn, ${tallies.reduce((n, t) => n + t.reused, 0)} reused, in ${seconds} s on ${count} thread(s)`,
        );
      },
    },
  };
}
