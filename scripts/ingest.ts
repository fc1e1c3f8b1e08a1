/**
 * Ingest: seeds/*.txt -> src/content/articles/<slug>.md (frontmatter + markdown).
 *
 * Every seed must ingest cleanly or nothing is written: on any error the previous
 * output stays in place and the exit code is 1, with each problem as `file:line: what`.
 *
 * Slugs come from the committed permalink registry (src/data/permalinks.json): a file
 * keeps its first slug for good; new files are added to the registry by this run.
 *
 *   node scripts/ingest.ts [--seeds DIR] [--out DIR] [--facts FILE] [--publications FILE]
 *                          [--permalinks FILE] [--report FILE] [--workers N] [--imported DIR]
 *   node scripts/ingest.ts --explain seeds/FILE   one seed's decisions, line by line; writes nothing
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { parseArticleFile } from '../src/lib/article-file.ts';
import type { ArticleData } from '../src/schemas/article.ts';
import { permalinksFileSchema } from '../src/schemas/permalinks.ts';
import { StagedDirectory } from './ingest/atomic-output.ts';
import { serialiseArticle } from './ingest/build-article.ts';
import { explainSeedFile } from './ingest/explain.ts';
import { countWorklist, formatWorklist, type ReportEntry } from './ingest/ingest-report.ts';
import { PermalinkAssigner } from './ingest/permalinks.ts';
import { buildSeeds } from './ingest/seed-builder.ts';
import { reportRegister } from './registry/report.ts';
import { listSeeds } from './ingest/seed-files.ts';
import { printableName } from './ingest/printable.ts';
import { RecordDateLedger, ukToday } from './ingest/record-dates.ts';
import { recordDatesFileSchema } from '../src/schemas/record-dates.ts';

const { values: options } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/articles' },
    facts: { type: 'string', default: 'src/data/article-facts.json' },
    publications: { type: 'string', default: 'src/data/publications.json' },
    permalinks: { type: 'string', default: 'src/data/permalinks.json' },
    /** When each article was added and last revised; default: beside the permalink registry. */
    'record-dates': { type: 'string' },
    /** The day this run dates new and revised records (YYYY-MM-DD); default: today in the UK. */
    today: { type: 'string' },
    topics: { type: 'string', default: 'src/data/topics.json' },
    registry: { type: 'string', default: 'src/data' },
    /** An imported register (npm run registry:import); absent = the editorial registry alone. */
    imported: { type: 'string', default: 'src/data/imported' },
    report: { type: 'string', default: 'src/content/ingest-report.json' },
    /** Threads building seeds; default: one per CPU for a large corpus, the main thread for a small one. */
    workers: { type: 'string' },
    explain: { type: 'string' },
  },
});

/**
 * Below this many seeds the ingest runs on the main thread: starting workers (each loads
 * the registry and compiles its matcher) costs more than a few seeds take to build.
 */
const PARALLEL_FROM_SEEDS = 200;

/** Unknown-name warnings printed to the console; the rest are counted and kept in the report. */
const UNKNOWN_NAME_WARNINGS_SHOWN = 50;

/** Writes one article; a name the file system refuses (too long, say) is the seed's error. */
async function writeArticle(
  output: StagedDirectory,
  path: string,
  article: { slug: string; file: string },
  errors: string[],
): Promise<void> {
  try {
    await output.write(`${article.slug}.md`, article.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENAMETOOLONG' && code !== 'EINVAL') throw error;
    const name = `${article.slug.slice(0, 60)}….md`;
    errors.push(`${printableName(path)}: cannot write its article as ${name} (${code})`);
  }
}

/** The ledger of record dates, or an empty one when the archive has none yet. */
async function readRecordDates(path: string) {
  if (!existsSync(path)) return {};
  return recordDatesFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** The day this run dates records by: `--today`, checked, or today in the UK. */
function runDay(given: string | undefined): string {
  if (given === undefined) return ukToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given))) throw new Error(`--today must be a date as YYYY-MM-DD, not ${given}`);
  return given;
}

async function main(): Promise<number> {
  const started = performance.now();
  reportRegister(options.registry, options.imported);
  const seeds = await listSeeds(options.seeds);
  const names = seeds.names;
  const workers = options.workers !== undefined ? Number(options.workers) : names.length >= PARALLEL_FROM_SEEDS ? availableParallelism() : 1;
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a positive whole number, not ${options.workers}`);
  const errors: string[] = [...seeds.errors];
  const log: string[] = [...seeds.ignored];
  let unknownNameWarnings = 0;
  // Only what the run needs about each article is kept: its file is written to the staging
  // directory as soon as it is built, so memory does not grow with the articles' text.
  const written: ReportEntry[] = [];
  const byJournalism = new Map<string, string>();
  const permalinks = new PermalinkAssigner(permalinksFileSchema.parse(JSON.parse(await readFile(options.permalinks, 'utf8'))));
  let newPermalinks = 0;
  let replacedPermalinks = 0;
  const recordDatesPath = options['record-dates'] ?? join(dirname(options.permalinks), 'record-dates.json');
  const recordDates = new RecordDateLedger(await readRecordDates(recordDatesPath), runDay(options.today));
  const output = await StagedDirectory.begin(options.out, [options.permalinks, recordDatesPath, options.report]);

  try {
    for await (const result of buildSeeds(names, options.seeds, options, workers)) {
      if ('error' in result) {
        errors.push(result.error);
        continue;
      }
      const { article, path } = result;
      const original = byJournalism.get(article.journalismHash);
      if (original) {
        log.push(`${path}: duplicates ${original} (same journalism); skipped`);
        continue;
      }
      byJournalism.set(article.journalismHash, path);
      const suffix = article.sourceSha256.slice(0, 6);
      const assigned = permalinks.assign(article.sourceFile, article.slug, suffix, article.provisionalSlug);
      if (assigned.replaced) {
        replacedPermalinks += 1;
        log.push(`${path}: provisional permalink /articles/${assigned.replaced}/ replaced by /articles/${assigned.slug}/ (it redirects)`);
      }
      if (assigned.isNew) {
        newPermalinks += 1;
        log.push(`${path}: new permalink /articles/${assigned.slug}/ added to ${options.permalinks}`);
      }
      if (assigned.slug !== article.slug) {
        // The file holds the record, serialised a moment ago from a checked ArticleData: read it
        // back as gray-matter would and write it again with the permalink's slug.
        const { data, body } = parseArticleFile(article.file, path);
        article.slug = assigned.slug;
        article.file = serialiseArticle({ ...(data as ArticleData), slug: assigned.slug }, body);
      }
      if (recordDates.note(article.sourceFile, article.recordKey) === 'revised') log.push(`${path}: record revised today (its seed or its facts changed)`);
      log.push(...article.log);
      for (const { name, paragraph } of article.unknownNames) {
        unknownNameWarnings += 1;
        log.push(`warning: ${path}: paragraph ${paragraph}: "${name}" looks like a name but is not in the people registry`);
      }
      // After a failure nothing will be committed, so stop writing (but keep checking every seed).
      if (errors.length === 0) await writeArticle(output, path, article, errors);
      written.push({ ...article.report, slug: article.slug });
    }
  } catch (error) {
    await output.discard();
    throw error;
  }

  if (errors.length > 0) {
    await output.discard();
    for (const message of errors) console.error(`error: ${message}`);
    console.error(`ingest failed: ${errors.length} seed(s) could not be ingested; previous output left untouched`);
    return 1;
  }

  // Articles, registry and report are committed together, or (on any error) none of them.
  const counts = countWorklist(written);
  const report = { seeds: names.length, worklist: counts, articles: written, log };
  try {
    const registry = `${JSON.stringify(permalinks.toJSON(), null, 2)}\n`;
    const registryChanged = newPermalinks > 0 || replacedPermalinks > 0;
    if (registryChanged) await output.stageFile(options.permalinks, registry);
    if (recordDates.hasChanges()) await output.stageFile(recordDatesPath, `${JSON.stringify(recordDates.toJSON(), null, 2)}\n`);
    await output.stageFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    await output.commit();
  } catch (error) {
    await output.discard();
    console.error(`error: writing the output: ${error instanceof Error ? error.message : String(error)}`);
    console.error('ingest failed: previous output left untouched');
    return 1;
  }
  let warningsShown = 0;
  for (const line of log) {
    if (line.startsWith('warning:') && line.endsWith('is not in the people registry') && ++warningsShown > UNKNOWN_NAME_WARNINGS_SHOWN) continue;
    console.log(line);
  }
  if (warningsShown > UNKNOWN_NAME_WARNINGS_SHOWN) {
    console.log(
      `warning: ${unknownNameWarnings - UNKNOWN_NAME_WARNINGS_SHOWN} more names not in the people registry; all ${unknownNameWarnings} are in ${options.report}`,
    );
  }
  for (const line of formatWorklist(counts)) console.log(line);
  console.log(
    `ingest: ${written.length} article(s) from ${names.length} seed(s) -> ${options.out} in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

async function explain(path: string): Promise<number> {
  const lines = await explainSeedFile(path, options);
  for (const line of lines) console.log(line);
  return lines.some((line) => line.startsWith('error: ')) ? 1 : 0;
}

process.exitCode = options.explain !== undefined ? await explain(options.explain) : await main();
