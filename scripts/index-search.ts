/**
 * Builds the search index for the built site (the last step of `npm run build`):
 *   node scripts/index-search.ts [--site dist] [--max-part-pages N]
 * Indexes article, person and constituency pages (those marked `data-pagefind-body`) with
 * Pagefind's Node API into <site>/pagefind/, one Pagefind bundle per search part (the people
 * and constituencies, then articles by year; src/search/parts/plan.ts), with the word
 * directory and manifest the search page reads; prints page, word, filter and part counts,
 * and exits 1 with a message on any error (scripts/search-index/build.ts says what is checked).
 */
import { parseArgs } from 'node:util';
import { RESULT_TYPES } from '../src/search/facts.ts';
import { buildSearchIndex, SearchIndexError } from './search-index/build.ts';
import { compareCodePoints } from '../src/lib/order.ts';
import { checkPagefindVersion, installedPagefindVersion } from '../src/search/pagefind/version.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, 'max-part-pages': { type: 'string' } } });
const maxPartPages = values['max-part-pages'] === undefined ? undefined : Number(values['max-part-pages']);
if (maxPartPages !== undefined && !(Number.isInteger(maxPartPages) && maxPartPages > 0)) {
  console.error(`search index: --max-part-pages must be a whole number above 0, not "${values['max-part-pages']}"`);
  process.exit(2);
}

try {
  checkPagefindVersion(installedPagefindVersion());
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}

let finished = false;
// If Pagefind's indexer process dies (it panics on some I/O errors), its promises never
// settle and Node would exit with only a warning about an unsettled await: say what happened.
process.once('beforeExit', () => {
  if (finished) return;
  console.error(`search index: Pagefind's indexer stopped without finishing (its own message, if any, is above); ${values.site}/pagefind/ is incomplete`);
  process.exit(1);
});

try {
  const { totals, pagesByType, filterValues, parts } = await buildSearchIndex(values.site, RESULT_TYPES, { maxPartPages });
  const types = [...pagesByType].map(([type, n]) => `${n} ${type}`).join(', ');
  console.log(`search index: ${totals.pages} pages (${types}), ${totals.words} words, ${totals.filters} filters, ${totals.sorts} sort(s), in ${parts.length} parts`);
  for (const part of parts) console.log(`  part ${part.id}: ${part.pages} pages, ${part.words} words`);
  for (const [name, set] of [...filterValues].sort(([a], [b]) => compareCodePoints(a, b))) {
    console.log(`  filter ${name}: ${set.size} value(s)`);
  }
} catch (error) {
  const message = error instanceof SearchIndexError ? error.message : `search index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  console.error(message);
  process.exitCode = 1;
} finally {
  finished = true;
}
