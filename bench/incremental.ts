/**
 * A daily build at scale: the README's build of N generated articles from nothing, then one
 * more seed and the same build again, each stage timed (wall, CPU, peak memory) beside the
 * cold one. Prints figures only (no assertions); results go in BENCHMARKS.md with the command.
 *
 *   node bench/incremental.ts [--n 10000] [--add 1] [--out bench/out/incremental-N] [--compare]
 *
 * The project is cloned (bench/lib/sites.ts `cloneProject`) to <out>/site with the first N seeds of an N + add corpus
 * (bench/generate.ts) and node_modules of its own, so every cache starts empty. `--compare`
 * also builds the N + add seeds from nothing in <out>/cold and says whether the two sites are
 * byte-identical (tests/e2e/incremental-build.test.ts does this at N = 100). `astro check`
 * runs, as the README's build says, and is reported apart: it type-checks the code.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { loadAverage, runStage, type StageResult } from './lib/measure.ts';
import { buildStages, cloneProject, siteFileHashes } from './lib/sites.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    add: { type: 'string', default: '1' },
    out: { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const add = Number(values.add);
const out = resolve(values.out ?? join(ROOT, `bench/out/incremental-${n}`));

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The README's build in `site`, stage by stage, under GNU time. */
async function build(site: string, label: string): Promise<StageResult[]> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(site, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const results: StageResult[] = [];
  for (const stage of buildStages(site)) {
    const logFile = join(out, `${label}-${stage.name.replace(/\W+/g, '-')}.log`);
    const r = await runStage(stage.name, stage.command, { cwd: site, env, logFile });
    log(`${label}: ${stage.name} ${(r.wallMs / 1000).toFixed(1)} s (load before ${r.load1Before})`);
    if (r.exitCode !== 0) throw new Error(`${label}: ${stage.name} failed; see ${logFile}`);
    results.push(r);
  }
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpu = (r: StageResult) => r.userS + r.sysS;

function table(cold: StageResult[], daily: StageResult[]): string[] {
  const rows = ['| stage | cold | daily (+' + add + ') | share of cold | CPU cold | CPU daily |'];
  rows.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  const line = (name: string, c: StageResult[], d: StageResult[]) => {
    const cw = c.reduce((s, r) => s + r.wallMs, 0);
    const dw = d.reduce((s, r) => s + r.wallMs, 0);
    const cc = c.reduce((s, r) => s + cpu(r), 0);
    const dc = d.reduce((s, r) => s + cpu(r), 0);
    rows.push(
      `| ${name} | ${seconds(cw)} | ${seconds(dw)} | ${((100 * dw) / cw).toFixed(1)} % | ${cc.toFixed(1)} s | ${dc.toFixed(1)} s |`,
    );
  };
  for (let i = 0; i < cold.length; i++) line(cold[i]!.name, [cold[i]!], [daily[i]!]);
  const notCheck = (rs: StageResult[]) => rs.filter((r) => r.name !== 'astro check');
  line('**total, `astro check` apart**', notCheck(cold), notCheck(daily));
  line('total, with `astro check`', cold, daily);
  return rows;
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  log(`generating ${n + add} seeds`);
  generateCorpus({ n: n + add, out: join(out, 'corpus'), root: ROOT });
  const all = readdirSync(join(out, 'corpus/seeds')).sort();
  const first = join(out, 'first-seeds');
  mkdirSync(first);
  for (const name of all.slice(0, n))
    copyFileSync(join(out, 'corpus/seeds', name), join(first, name));

  const site = join(out, 'site');
  cloneProject(ROOT, site, first);
  rmSync(first, { recursive: true, force: true });
  const cold = await build(site, 'cold');
  for (const name of all.slice(n))
    copyFileSync(join(out, 'corpus/seeds', name), join(site, 'seeds', name));
  const daily = await build(site, 'daily');

  const commit = readFileSync(join(ROOT, '.git/HEAD'), 'utf8').trim();
  const report = [
    `N = ${n}, then ${add} more seed(s); ${new Date().toISOString()}; HEAD ${commit}; load now ${loadAverage().join(' ')}`,
    '',
    ...table(cold, daily),
  ];
  if (values.compare) {
    const coldSite = join(out, 'cold');
    cloneProject(ROOT, coldSite, join(out, 'corpus/seeds'));
    await build(coldSite, 'cold-all');
    const a = siteFileHashes(join(site, 'dist'));
    const b = siteFileHashes(join(coldSite, 'dist'));
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p));
    report.push(
      '',
      `daily build against a cold build of the same ${n + add} seeds: ${differing.length === 0 ? 'byte-identical' : `${differing.length} file(s) differ, e.g. ${differing.slice(0, 5).join(', ')}`} (${a.size} files)`,
    );
  }
  writeFileSync(join(out, 'results.json'), JSON.stringify({ n, add, cold, daily }, null, 2));
  console.log(report.join('\n'));
}

await main();
