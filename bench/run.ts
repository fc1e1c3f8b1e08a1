/**
 * The archive's scale benchmark (issue 8; results in BENCHMARKS.md).
 *
 *   npm run bench                      # N = 100, 1,000, 10,000
 *   npm run bench -- --n 30000         # the same, plus N = 30,000
 *   npm run bench -- --n 100 --smoke   # N = 100 only, quickly (no Eleventy/Hugo)
 *   npm run bench -- --only --n 1000   # only the N given
 *
 * For each N: generate N seed-like articles (bench/generate.ts), copy the project into
 * bench/out/site-N with them as its seeds/, and run the README's build there stage by stage
 * (read from the copy's package.json `build` script; `astro check` is skipped: it checks
 * types, not the site, and is not part of what scales with articles), timing each stage
 * under GNU time for wall time, CPU and peak memory; then the baselines on the same
 * articles: a bare Astro site (bench/baseline/) plus Pagefind, Eleventy and Hugo; and, at
 * the browser N (10,000 by default), search and page weight in Chromium: first searches on
 * the site's own /search/ page, and the baseline's single index through Pagefind's JS API.
 *
 * Results accumulate in bench/out/results.json (one entry per N, replaced when rerun) and
 * their tables replace the part of BENCHMARKS.md between the `bench:results` markers.
 *
 * Options: --help, --only, --smoke, --browser-n N, --no-browser, --no-baselines, --no-others (Eleventy,
 * Hugo), --out DIR (scratch folder, default bench/out; BENCHMARKS.md is only updated for the
 * default), --astro-experimental JSON (Astro `experimental` flags merged over the project's config
 * in the copy, e.g. '{"collectionStorage":"chunked"}'; results go to <out>/results-<label>.json),
 * --max-rss-gb G (stop a stage whose processes pass G GB together, default 18, so a run cannot
 * push the 24 GB machine into the kernel's OOM killer), --label NAME, --report-only (rewrite the tables from the results file, run nothing), --profile (CPU profiles of every Node process of the pipeline into <out>/site-N/logs/prof).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type Manifest } from './generate.ts';
import { directorySize, GNU_TIME, loadAverage, runStage, type StageResult } from './lib/measure.ts';
import {
  type ApiSearchBench,
  measureApiSearch,
  measureSearchPage,
  type SearchBench,
  searchQueries,
} from './lib/search-bench.ts';
import {
  buildStages,
  plainArticles,
  prepareAstroBaseline,
  prepareEleventy,
  prepareHugo,
  prepareProjectCopy,
} from './lib/sites.ts';
import { renderReport, type BenchResults, type RunResult, type ToolResult } from './lib/report.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const DEFAULT_NS = [100, 1000, 10_000];
const ELEVENTY_DIR = join(PROJECT, 'bench/out/tools/eleventy');
const ELEVENTY_CLI = join(ELEVENTY_DIR, 'node_modules/@11ty/eleventy/cmd.cjs');

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true },
    only: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    'browser-n': { type: 'string' },
    'no-baselines': { type: 'boolean', default: false },
    'no-others': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    seed: { type: 'string', default: '8' },
    out: { type: 'string', default: join(PROJECT, 'bench/out') },
    'astro-experimental': { type: 'string' },
    label: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
    'max-rss-gb': { type: 'string', default: '18' },
    'node-options': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  // The usage is this file's opening comment, so the two cannot disagree.
  const opening = readFileSync(import.meta.filename, 'utf8').split('*/')[0]!;
  console.log(
    opening
      .replace(/^\/\*\*\n/, '')
      .replace(/^ \* ?/gm, '')
      .trimEnd(),
  );
  process.exit(0);
}
const OUT = resolve(values.out);
const variant =
  values.label ?? (values['astro-experimental'] || values['node-options'] ? 'experiment' : null);
const RESULTS = join(OUT, variant ? `results-${variant}.json` : 'results.json');

const given = (values.n ?? []).flatMap((v) => v.split(',')).map((v) => Number(v.replace(/_/g, '')));
const ns = [
  ...new Set(
    values.smoke && given.length === 0
      ? [100]
      : values.only || values.smoke
        ? given
        : [...DEFAULT_NS, ...given],
  ),
].sort((a, b) => a - b);
if (ns.length === 0 || ns.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench: give one or more --n values (whole numbers)');
  process.exit(2);
}
const browserN = Number(values['browser-n'] ?? (values.smoke ? ns[0] : 10_000));
const withOthers = !values.smoke && !values['no-others'];

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function ensureTools(): void {
  if (!existsSync(GNU_TIME)) {
    log('installing Debian package time (for /usr/bin/time -v)');
    if (spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'inherit' }).status !== 0) {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'inherit' });
    }
  }
  if (!withOthers) return;
  if (!existsSync(ELEVENTY_CLI)) {
    log('installing @11ty/eleventy into bench/out/tools/eleventy (not the project)');
    mkdirSync(ELEVENTY_DIR, { recursive: true });
    if (!existsSync(join(ELEVENTY_DIR, 'package.json')))
      writeFileSync(
        join(ELEVENTY_DIR, 'package.json'),
        '{ "name": "bench-eleventy", "private": true }\n',
      );
    spawnSync('npm', ['install', '--no-audit', '--no-fund', '@11ty/eleventy@3'], {
      cwd: ELEVENTY_DIR,
      stdio: 'inherit',
    });
  }
  if (spawnSync('sh', ['-c', 'command -v hugo']).status !== 0) {
    log('installing Debian package hugo');
    spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit' });
  }
}

function versionOf(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0]! : 'not installed';
}

function packageVersion(name: string, root = join(PROJECT, 'node_modules')): string {
  try {
    return (
      JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

function machine(): BenchResults['machine'] {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: versionOf(join(PROJECT, 'node_modules/.bin/node'), ['--version']),
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    eleventy: packageVersion('@11ty/eleventy', join(ELEVENTY_DIR, 'node_modules')),
    hugo:
      versionOf('hugo', ['version'])
        .replace(/^hugo /, '')
        .split(' ')[0] ?? 'not installed',
    chromium: versionOf('/usr/bin/chromium', ['--version']),
  };
}

/** The commit the project copy was taken from, and whether the work tree had changes on top. */
function treeState(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: PROJECT,
    encoding: 'utf8',
  }).stdout.trim();
  const changed = spawnSync('git', ['status', '--porcelain'], { cwd: PROJECT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean).length;
  return `${head || 'unknown'}${changed > 0 ? ` + ${changed} uncommitted change(s)` : ''}`;
}

function topProcesses(): string[] {
  const r = spawnSync('ps', ['-eo', 'pcpu,rss,comm', '--sort=-pcpu'], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .slice(1, 6)
    .map((l) => l.trim())
    .filter(Boolean);
}

function stripLog(stage: StageResult): Omit<StageResult, 'log'> {
  const { log: _log, ...rest } = stage;
  return rest;
}

async function runTool(
  name: string,
  stages: { name: string; command: string }[],
  cwd: string,
  logs: string,
  outDir: string,
): Promise<ToolResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(cwd, 'node_modules/.bin')}:${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The baselines get the same heap as the pipeline, so a larger --max-old-space-size is fair to both.
  if (values['node-options']) env['NODE_OPTIONS'] = values['node-options'];
  const results: StageResult[] = [];
  for (const stage of stages) {
    log(`  ${name}: ${stage.name}`);
    const r = await runStage(stage.name, stage.command, {
      cwd,
      env,
      logFile: join(logs, `${name}-${stage.name.replace(/\W+/g, '-')}.log`),
    });
    results.push(r);
    if (r.exitCode !== 0) {
      log(
        `  ${name}: ${stage.name} failed (exit ${r.exitCode}); see ${join(logs, `${name}-${stage.name.replace(/\W+/g, '-')}.log`)}`,
      );
      return {
        ok: false,
        error: `${stage.name} exit ${r.exitCode}: ${r.log.trim().split('\n').slice(-3).join(' | ')}`,
        stages: results.map(stripLog),
        dist: directorySize(outDir),
      };
    }
  }
  return { ok: true, stages: results.map(stripLog), dist: directorySize(outDir) };
}

function countFiles(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

/** The corpus for one N, and how long generating it took. */
function generateFor(n: number): { manifest: Manifest; corpusDir: string; genMs: number } {
  log(`N = ${n}: generating corpus`);
  const corpusDir = join(OUT, `corpus-${n}`);
  const started = performance.now();
  const manifest = generateCorpus({ n, out: corpusDir, seed: Number(values.seed), root: PROJECT });
  return { manifest, corpusDir, genMs: performance.now() - started };
}

/** The project's build stages in the copy at `site`, with an --astro-experimental config. */
function pipelineStages(site: string): ReturnType<typeof buildStages> {
  const stages = buildStages(site);
  if (!values['astro-experimental']) return stages;
  // An experiment on top of the project's own config, which stays as it is.
  writeFileSync(
    join(site, 'astro.bench.config.mjs'),
    `import base from './astro.config.mjs';\nexport default { ...base, experimental: { ...base.experimental, ...${values['astro-experimental']} } };\n`,
  );
  return stages.map((st) =>
    st.name === 'astro build'
      ? { ...st, command: `${st.command} --config astro.bench.config.mjs` }
      : st,
  );
}

function pipelineEnv(site: string, logs: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(site, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const nodeOptions = [
    values['node-options'],
    values.profile ? `--cpu-prof --cpu-prof-dir=${join(logs, 'prof')}` : undefined,
  ].filter(Boolean);
  if (nodeOptions.length > 0) env['NODE_OPTIONS'] = nodeOptions.join(' ');
  return env;
}

/** Why a stage failed, in one line: stopped by the harness, out of heap, or its exit and last lines. */
function failureOf(stage: string, r: StageResult, env: NodeJS.ProcessEnv): string {
  if (r.killedAtMb) {
    return `${stage} stopped by the harness at ${(r.killedAtMb / 1024).toFixed(1)} GB (--max-rss-gb ${values['max-rss-gb']}) after ${(r.wallMs / 1000).toFixed(0)} s`;
  }
  if (/heap out of memory/.test(r.log)) {
    return `${stage} ran out of V8 heap (Reached heap limit; ${env['NODE_OPTIONS'] ?? 'default heap limit'}) after ${(r.wallMs / 1000).toFixed(0)} s`;
  }
  return `${stage} exit ${r.exitCode}: ${r.log.trim().split('\n').slice(-5).join(' | ')}`;
}

/** Runs the pipeline's stages in order, timed, stopping at the first that fails. */
async function runPipeline(
  site: string,
  logs: string,
  stages: ReturnType<typeof buildStages>,
): Promise<{ pipeline: StageResult[]; failed: string | null }> {
  const env = pipelineEnv(site, logs);
  const pipeline: StageResult[] = [];
  for (const stage of stages) {
    if (stage.skipped) {
      log(`  pipeline: ${stage.name} skipped (type checks, not timed)`);
      continue;
    }
    log(`  pipeline: ${stage.name} (${stage.command})`);
    const r = await runStage(stage.name, stage.command, {
      cwd: site,
      env,
      logFile: join(logs, `pipeline-${stage.name.replace(/\W+/g, '-')}.log`),
      maxTreeRssMb: Number(values['max-rss-gb']) * 1024,
    });
    pipeline.push(r);
    log(
      `  pipeline: ${stage.name} ${(r.wallMs / 1000).toFixed(1)} s, peak ${r.peakRssMb.toFixed(0)} MB`,
    );
    if (r.exitCode !== 0) {
      const failed = failureOf(stage.name, r, env);
      log(`  pipeline FAILED: ${failed}`);
      return { pipeline, failed };
    }
  }
  return { pipeline, failed: null };
}

/** What the pipeline built: the ingest's article list and the sizes of dist/. */
function builtOutput(site: string) {
  const reportPath = join(site, 'src/content/ingest-report.json');
  const report = existsSync(reportPath)
    ? (JSON.parse(readFileSync(reportPath, 'utf8')) as { articles: { slug: string }[] })
    : { articles: [] };
  const dist = join(site, 'dist');
  const pagefindSize = directorySize(join(dist, 'pagefind'));
  const sizes = {
    ...directorySize(dist),
    pagefindBytes: pagefindSize.bytes,
    pagefindFiles: pagefindSize.files,
    articlePages: countFiles(join(dist, 'articles')),
  };
  return { report, dist, sizes };
}

/** The same articles built by bare Astro + Pagefind and, unless told not to, Eleventy and Hugo. */
async function runBaselines(
  n: number,
  site: string,
  logs: string,
): Promise<{ baseline?: ToolResult; eleventy?: ToolResult; hugo?: ToolResult }> {
  const articles = plainArticles(site);
  const baseSite = join(OUT, `baseline-${n}`);
  prepareAstroBaseline(PROJECT, baseSite, articles);
  const baseline = await runTool(
    'baseline',
    [
      { name: 'astro build', command: 'astro build' },
      { name: 'pagefind', command: 'pagefind --site dist' },
    ],
    baseSite,
    logs,
    join(baseSite, 'dist'),
  );
  if (!withOthers) return { baseline };
  const eleventySite = join(OUT, `eleventy-${n}`);
  prepareEleventy(eleventySite, articles);
  const eleventy = existsSync(ELEVENTY_CLI)
    ? await runTool(
        'eleventy',
        [{ name: 'eleventy', command: `node ${ELEVENTY_CLI} --quiet` }],
        eleventySite,
        logs,
        join(eleventySite, '_site'),
      )
    : { ok: false, error: 'Eleventy did not install', stages: [], dist: { bytes: 0, files: 0 } };
  const hugoSite = join(OUT, `hugo-${n}`);
  prepareHugo(hugoSite, articles);
  const hugo =
    spawnSync('sh', ['-c', 'command -v hugo']).status === 0
      ? await runTool(
          'hugo',
          [{ name: 'hugo', command: 'hugo --quiet --destination public' }],
          hugoSite,
          logs,
          join(hugoSite, 'public'),
        )
      : { ok: false, error: 'hugo did not install', stages: [], dist: { bytes: 0, files: 0 } };
  return { baseline, eleventy, hugo };
}

/** Search in Chromium: the site's own search page, and the bare baseline's index through Pagefind's API. */
async function runSearch(
  n: number,
  dist: string,
  manifest: Manifest,
  articles: { slug: string }[],
  baseline: ToolResult | undefined,
): Promise<{ search?: SearchBench; baselineSearch?: ApiSearchBench }> {
  log(`  search: Chromium against ${dist}`);
  const queries = searchQueries(manifest);
  const middle = articles[Math.floor(articles.length / 2)]!;
  const search = await measureSearchPage(dist, queries, `/articles/${middle.slug}/`);
  if (!baseline?.ok) return { search };
  log(`  search: Chromium against the bare Astro + Pagefind baseline (Pagefind's JS API)`);
  const baselineSearch = await measureApiSearch(
    join(OUT, `baseline-${n}`, 'dist'),
    queries,
    `/articles/${middle.slug}/`,
  );
  return { search, baselineSearch };
}

/** One N: generate the corpus, build it with the project's pipeline, then the baselines and search. */
async function benchOne(n: number): Promise<RunResult> {
  const date = new Date().toISOString();
  const loadBefore = loadAverage();
  const busyAtStart = topProcesses();
  const site = join(OUT, variant ? `site-${n}-${variant}` : `site-${n}`);
  const logs = join(site, 'logs');

  const { manifest, corpusDir, genMs } = generateFor(n);
  prepareProjectCopy(PROJECT, site, join(corpusDir, 'seeds'));
  mkdirSync(logs, { recursive: true });
  const stages = pipelineStages(site);
  const { pipeline, failed } = await runPipeline(site, logs, stages);
  const { report, dist, sizes } = builtOutput(site);
  const tools = !failed && !values['no-baselines'] ? await runBaselines(n, site, logs) : {};
  const searched =
    !failed && !values['no-browser'] && n === browserN && report.articles.length > 0
      ? await runSearch(n, dist, manifest, report.articles, tools.baseline)
      : {};

  return {
    n,
    command,
    tree: treeState(),
    date,
    seed: Number(values.seed),
    loadBefore,
    loadAfter: loadAverage(),
    busyAtStart,
    profiled: values.profile,
    corpus: {
      files: n,
      bytes: manifest.bytes,
      words: manifest.words,
      dated: manifest.dated,
      withHeadline: manifest.withHeadline,
      registries: manifest.registries,
      generateMs: genMs,
    },
    buildScript: stages
      .map((s) => (s.skipped ? `(${s.command}: skipped)` : s.command))
      .join(' && '),
    articles: report.articles.length,
    failed,
    pipeline: pipeline.map(stripLog),
    dist: sizes,
    ...(tools.baseline ? { baseline: tools.baseline } : {}),
    ...(tools.eleventy ? { eleventy: tools.eleventy } : {}),
    ...(tools.hugo ? { hugo: tools.hugo } : {}),
    ...(searched.search ? { search: searched.search } : {}),
    ...(searched.baselineSearch ? { baselineSearch: searched.baselineSearch } : {}),
  };
}

function readResults(): BenchResults {
  if (existsSync(RESULTS)) return JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults;
  return { machine: machine(), command: '', runs: {} };
}

if (!values['report-only']) ensureTools();
mkdirSync(OUT, { recursive: true });
const command = [
  'npm run bench',
  ...(process.argv.length > 2 ? ['--'] : []),
  ...process.argv.slice(2).map((a) => (/^[\w./=,-]+$/.test(a) ? a : `'${a}'`)),
].join(' ');
log(
  `machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; load ${loadAverage().join(' ')}; N = ${ns.join(', ')}`,
);
for (const n of values['report-only'] ? [] : ns) {
  const result = await benchOne(n);
  const all = readResults();
  all.machine = machine();
  all.command = command;
  if (!values.smoke) all.runs[String(n)] = result;
  const file = values.smoke ? join(OUT, 'smoke-results.json') : RESULTS;
  writeFileSync(
    file,
    `${JSON.stringify(values.smoke ? { ...all, runs: { [String(n)]: result } } : all, null, 2)}\n`,
  );
  if (result.failed) {
    console.error(`bench: the pipeline failed at N = ${n}: ${result.failed}`);
    process.exitCode = 1;
    break;
  }
}
const final = values.smoke
  ? (JSON.parse(readFileSync(join(OUT, 'smoke-results.json'), 'utf8')) as BenchResults)
  : readResults();
const tables = renderReport(final);
writeFileSync(join(OUT, values.smoke ? 'smoke-report.md' : 'report.md'), tables);
console.log(tables);
const benchmarksMd = join(PROJECT, 'BENCHMARKS.md');
if (
  !values.smoke &&
  !variant &&
  values.out === join(PROJECT, 'bench/out') &&
  existsSync(benchmarksMd)
) {
  const text = readFileSync(benchmarksMd, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a !== -1 && b > a) {
    writeFileSync(benchmarksMd, `${text.slice(0, a + start.length)}\n${tables}\n${text.slice(b)}`);
    log('BENCHMARKS.md results updated');
  }
}
