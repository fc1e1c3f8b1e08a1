/**
 * Builds the search index for the built site (the last step of `npm run build`):
 *   node scripts/index-search.ts [--site dist] [--max-part-pages N] [--cache DIR | --no-cache]
 * Indexes article, person and constituency pages (those marked `data-pagefind-body`) with
 * Pagefind's Node API into <site>/pagefind/, one Pagefind bundle per search part (the people
 * and constituencies, then articles by year; src/search/parts/plan.ts), with the word
 * directory and manifest the search page reads; prints page, word, filter and part counts
 * (how many parts Pagefind indexed, how many it reused), and exits 1 with a message on any
 * error. A part whose pages are byte for byte those of an earlier run is linked from the
 * cache (default node_modules/.cache/archive-search, outside dist/, which astro build
 * empties; `--cache DIR` moves it, `--no-cache` indexes every part and keeps none) instead of
 * indexed again. The step itself is scripts/search-index/.
 */
import { runSearchIndexStep } from './search-index/cli.ts';

await runSearchIndexStep(process.argv.slice(2));
