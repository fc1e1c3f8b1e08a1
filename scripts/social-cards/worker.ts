import { parentPort, workerData } from 'node:worker_threads';
import { writeCards } from './write-cards.ts';

/** One worker's share of the cards: its pages, drawn in order, the tally sent back. */
const { distDir, htmlFiles, cacheDir } = workerData as { distDir: string; htmlFiles: string[]; cacheDir: string };
parentPort!.postMessage(await writeCards(distDir, htmlFiles, cacheDir));
