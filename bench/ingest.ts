/**
 * The ingest alone at scale: generated seeds in, articles out, timed as a whole process.
 * Prints figures only (no assertions); results go in BENCHMARKS.md with the command.
 *
 *   node bench/ingest.ts [--n 10000] [--runs 3] [--register FILE] [--imported DIR] [--project DIR]
 *                        [--incremental]
 *
 * For each configuration (the editorial registry alone; with --register, also the national
 * register imported from FILE first; with --imported, a register already imported into DIR)
 * the project's own `scripts/ingest.ts` runs over the same N generated seeds (bench/generate.ts)
 * into a scratch folder, with an empty permalink registry and no editorial facts, `runs` times
 * under GNU time, building every seed (`--no-cache`, where the ingest has a seed cache).
 * `--project` runs another checkout's ingest on the same corpus (a baseline).
 *
 * `--incremental` times the seed cache instead: per run, a cold ingest into an empty cache,
 * the same again (warm), and again with one new seed added, as a daily run is.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { compareCodePoints } from '../src/lib/order.ts';
import { loadAverage, runStage, type StageResult } from './lib/measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    register: { type: 'string' },
    imported: { type: 'string' },
    project: { type: 'string', default: ROOT },
    'parties-complete-until': { type: 'string', default: '2019-01-31' },
    incremental: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
const project = resolve(values.project);
const scratch = mkdtempSync(join(tmpdir(), 'bench-ingest-'));

/** The national register imported once into the scratch folder, when --register is given. */
function importRegister(file: string): string {
  const out = join(scratch, 'imported');
  const args = ['scripts/registry-import.ts', resolve(file), '--out', out];
  args.push('--parties-complete-until', values['parties-complete-until']);
  execFileSync(process.execPath, args, { cwd: project, stdio: 'inherit' });
  return out;
}

/** An older checkout's ingest has no seed cache, and refuses the options. */
const hasSeedCache = readFileSync(join(project, 'scripts/ingest.ts'), 'utf8').includes(
  "'no-cache'",
);

/** A fresh scratch folder for one run: an empty permalink registry and no editorial facts. */
function freshRun(run: number): string {
  const dir = join(scratch, `run-${run}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'permalinks.json'), '{}\n');
  writeFileSync(join(dir, 'facts.json'), '{}\n');
  return dir;
}

/** One ingest into `dir`, timed; `cache` is its seed cache folder, or null to build every seed. */
async function ingestOnce(
  label: string,
  seeds: string,
  dir: string,
  imported: string | null,
  cache: string | null,
): Promise<StageResult> {
  const options = [
    `--seeds ${seeds}`,
    `--out ${dir}/articles`,
    `--permalinks ${dir}/permalinks.json`,
  ];
  options.push(`--facts ${dir}/facts.json`, `--report ${dir}/report.json`);
  if (imported) options.push(`--imported ${imported}`);
  if (hasSeedCache) options.push(cache ? `--cache ${cache}` : '--no-cache');
  const command = `"${process.execPath}" scripts/ingest.ts ${options.join(' ')}`;
  const logFile = join(dir, `ingest-${label.replace(/\W+/g, '-')}.log`);
  const result = await runStage('ingest', command, { cwd: project, env: process.env, logFile });
  if (result.exitCode !== 0)
    throw new Error(`ingest failed (exit ${result.exitCode}); see ${logFile}`);
  return result;
}

async function timeIngest(seeds: string, imported: string | null): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (let run = 0; run < runs; run++)
    results.push(await ingestOnce('ingest', seeds, freshRun(run), imported, null));
  return results;
}

/**
 * Per run, into an empty cache: cold, warm, and warm with the corpus's last seed (held back
 * until then) added, as a daily run adds one. Returns each stage's results.
 */
async function timeIncremental(
  seeds: string,
  heldBack: string,
): Promise<Map<string, StageResult[]>> {
  const stages = new Map<string, StageResult[]>();
  const add = (label: string, result: StageResult) =>
    stages.set(label, [...(stages.get(label) ?? []), result]);
  const newSeed = join(seeds, basename(heldBack));
  for (let run = 0; run < runs; run++) {
    const dir = freshRun(run);
    const cache = join(dir, 'cache');
    add('cold, empty cache', await ingestOnce('cold', seeds, dir, null, cache));
    add('warm, nothing changed', await ingestOnce('warm', seeds, dir, null, cache));
    renameSync(heldBack, newSeed);
    add('warm, one new seed', await ingestOnce('one new', seeds, dir, null, cache));
    renameSync(newSeed, heldBack);
  }
  return stages;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function report(label: string, results: StageResult[]): void {
  const wall = results.map((r) => r.wallMs / 1000);
  const cpu = results.map((r) => r.userS + r.sysS);
  const rss = Math.max(...results.map((r) => r.peakTreeRssMb));
  const perArticle = (median(wall) * 1000) / n;
  // The ingest's own last line says how many seeds it built and how many it reused.
  const counts = /\((\d+ built, [^)]*)\)\s*$/.exec(results.at(-1)!.log)?.[1];
  console.log(
    `${label}: wall min ${Math.min(...wall).toFixed(1)} s, median ${median(wall).toFixed(1)} s, ` +
      `max ${Math.max(...wall).toFixed(1)} s; CPU median ${median(cpu).toFixed(1)} s; ` +
      `${perArticle.toFixed(2)} ms per article (median wall); peak memory ${rss.toFixed(0)} MiB` +
      (counts ? ` (${counts})` : ''),
  );
}

const corpus = join(scratch, 'corpus');
// With --incremental, one more seed than N: the one a daily run adds, held back until then.
generateCorpus({ n: values.incremental ? n + 1 : n, out: corpus, root: ROOT });
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: project })
  .toString()
  .trim();
console.log(
  `bench/ingest: N = ${n}, ${runs} runs each, project ${project} at ${commit}, load ${loadAverage().join(' ')}`,
);
/** Cold, warm and one-new-seed runs of the seed cache, over the N seeds and one held back. */
async function reportIncremental(seeds: string): Promise<void> {
  if (!hasSeedCache) throw new Error(`${project}: its ingest has no seed cache to time`);
  const last = readdirSync(seeds).sort(compareCodePoints).at(-1)!;
  const heldBack = join(corpus, last);
  renameSync(join(seeds, last), heldBack);
  for (const [label, results] of await timeIncremental(seeds, heldBack)) report(label, results);
}

/** Every seed built, with the editorial registry and, if given, the national register. */
async function reportFullBuilds(seeds: string): Promise<void> {
  report('editorial registry only', await timeIngest(seeds, null));
  const imported = values.imported
    ? resolve(values.imported)
    : values.register
      ? importRegister(values.register)
      : null;
  if (imported) report('with the national register', await timeIngest(seeds, imported));
}

if (values.incremental) await reportIncremental(join(corpus, 'seeds'));
else await reportFullBuilds(join(corpus, 'seeds'));
rmSync(scratch, { recursive: true, force: true });
