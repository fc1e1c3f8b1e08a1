import { parseArgs } from 'node:util';
import { compareCodePoints } from '../../src/lib/order.ts';
import { RESULT_TYPES } from '../../src/search/facts.ts';
import {
  checkPagefindVersion,
  installedPagefindVersion,
} from '../../src/search/pagefind/version.ts';
import { buildSearchIndex, type SearchIndexReport } from './build.ts';
import { SearchIndexError } from './error.ts';

/**
 * The search index step as a command (scripts/index-search.ts runs it): reads the options,
 * refuses any Pagefind but the mirrored one, builds the index, prints its counts, and sets
 * the exit status: 0 done, 1 any error (with its message), 2 a bad option.
 */

/** Where the part cache lives unless `--cache DIR` or `--no-cache` says otherwise: outside dist/, which `astro build` empties. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/archive-search';

interface StepOptions {
  site: string;
  maxPartPages: number | undefined;
  cacheDir: string | null;
}

/** The options given, or exits 2 saying which is wrong. */
function readOptions(args: string[]): StepOptions {
  const { values } = parseArgs({
    args,
    options: {
      site: { type: 'string', default: 'dist' },
      'max-part-pages': { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  if (values.cache !== undefined && values['no-cache']) {
    console.error('search index: --cache DIR and --no-cache cannot be given together');
    process.exit(2);
  }
  const given = values['max-part-pages'];
  const maxPartPages = given === undefined ? undefined : Number(given);
  if (maxPartPages !== undefined && !(Number.isInteger(maxPartPages) && maxPartPages > 0)) {
    console.error(`search index: --max-part-pages must be a whole number above 0, not "${given}"`);
    process.exit(2);
  }
  const cacheDir = values['no-cache'] ? null : (values.cache ?? DEFAULT_CACHE_DIR);
  return { site: values.site, maxPartPages, cacheDir };
}

function printReport(report: SearchIndexReport): void {
  const { totals, pagesByType, filterValues, parts } = report;
  const types = [...pagesByType].map(([type, n]) => `${n} ${type}`).join(', ');
  console.log(
    `search index: ${totals.pages} pages (${types}), ${totals.words} words, ${totals.filters} filters, ` +
      `${totals.sorts} sort(s), in ${parts.length} parts ` +
      `(${report.indexedParts} indexed, ${report.reusedParts} reused)`,
  );
  for (const part of parts) {
    const reused = part.reused ? ', reused' : '';
    console.log(`  part ${part.id}: ${part.pages} pages, ${part.words} words${reused}`);
  }
  for (const [name, set] of [...filterValues].sort(([a], [b]) => compareCodePoints(a, b))) {
    console.log(`  filter ${name}: ${set.size} value(s)`);
  }
}

/** Runs the step with the command line's arguments (`process.argv.slice(2)`). */
export async function runSearchIndexStep(args: string[]): Promise<void> {
  const { site, maxPartPages, cacheDir } = readOptions(args);
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
    console.error(
      `search index: Pagefind's indexer stopped without finishing (its own message, if any, ` +
        `is above); ${site}/pagefind/ is incomplete`,
    );
    process.exit(1);
  });
  try {
    printReport(await buildSearchIndex(site, RESULT_TYPES, { maxPartPages, cacheDir }));
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(error instanceof SearchIndexError ? error.message : `search index: ${detail}`);
    process.exitCode = 1;
  } finally {
    finished = true;
  }
}
