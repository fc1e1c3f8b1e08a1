import { serveTasks } from '../../src/workers/serve-tasks.ts';
import type { CardShare } from './integration.ts';
import { writeCards } from './write-cards.ts';

/** A social-card worker thread: draws each share of pages it is sent, in order, and sends back the tally. */
serveTasks(({ distDir, htmlFiles, cacheDir }: CardShare) =>
  writeCards(distDir, htmlFiles, cacheDir),
);
