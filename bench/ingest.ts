/**
 * The ingest alone at scale: generated seeds in, articles out, timed as a whole process.
 * Prints figures only (no assertions); results go in BENCHMARKS.md with the command.
 *
 *   node bench/ingest.ts [--n 10000] [--runs 3] [--register FILE] [--imported DIR] [--project DIR]
 *
 * For each configuration (the editorial registry alone; with --register, also the national
 * register imported from FILE first; with --imported, a register already imported into DIR)
 * the project's own `scripts/ingest.ts` runs over the same N generated seeds (bench/generate.ts)
 * into a scratch folder, with an empty permalink registry and no editorial facts, `runs` times
 * under GNU time. `--project` runs another checkout's ingest on the same corpus (a baseline).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
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

async function timeIngest(seeds: string, imported: string | null): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = join(scratch, `run-${run}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'permalinks.json'), '{}\n');
    writeFileSync(join(dir, 'facts.json'), '{}\n');
    const options = [
      `--seeds ${seeds}`,
      `--out ${dir}/articles`,
      `--permalinks ${dir}/permalinks.json`,
    ];
    options.push(`--facts ${dir}/facts.json`, `--report ${dir}/report.json`);
    if (imported) options.push(`--imported ${imported}`);
    const command = `"${process.execPath}" scripts/ingest.ts ${options.join(' ')}`;
    const logFile = join(scratch, `ingest-${run}.log`);
    const result = await runStage('ingest', command, { cwd: project, env: process.env, logFile });
    if (result.exitCode !== 0)
      throw new Error(`ingest failed (exit ${result.exitCode}); see ${logFile}`);
    results.push(result);
  }
  return results;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function report(label: string, results: StageResult[]): void {
  const wall = results.map((r) => r.wallMs / 1000);
  const cpu = results.map((r) => r.userS + r.sysS);
  const rss = Math.max(...results.map((r) => r.peakTreeRssMb));
  const perArticle = (median(wall) * 1000) / n;
  console.log(
    `${label}: wall min ${Math.min(...wall).toFixed(1)} s, median ${median(wall).toFixed(1)} s, ` +
      `max ${Math.max(...wall).toFixed(1)} s; CPU median ${median(cpu).toFixed(1)} s; ` +
      `${perArticle.toFixed(2)} ms per article (median wall); peak memory ${rss.toFixed(0)} MiB`,
  );
}

const corpus = join(scratch, 'corpus');
generateCorpus({ n, out: corpus, root: ROOT });
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: project })
  .toString()
  .trim();
console.log(
  `bench/ingest: N = ${n}, ${runs} runs each, project ${project} at ${commit}, load ${loadAverage().join(' ')}`,
);
report('editorial registry only', await timeIngest(join(corpus, 'seeds'), null));
const imported = values.imported
  ? resolve(values.imported)
  : values.register
    ? importRegister(values.register)
    : null;
if (imported)
  report('with the national register', await timeIngest(join(corpus, 'seeds'), imported));
rmSync(scratch, { recursive: true, force: true });
