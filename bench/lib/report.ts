/**
 * The benchmark's results file (bench/out/results.json) and its markdown tables, which
 * bench/run.ts writes into BENCHMARKS.md between the `bench:results` markers.
 */
import type { StageResult } from './measure.ts';
import type { ApiSearchBench, PageQueryResult, SearchBench } from './search-bench.ts';

type Stage = Omit<StageResult, 'log'>;

export interface ToolResult {
  ok: boolean;
  error?: string;
  stages: Stage[];
  dist: { bytes: number; files: number };
}

export interface RunResult {
  n: number;
  /** The command that produced this run. */
  command?: string;
  /** The project's commit (and uncommitted changes) the copy was taken from. */
  tree?: string;
  date: string;
  seed: number;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
  busyAtStart: string[];
  profiled: boolean;
  corpus: {
    files: number;
    bytes: number;
    words: number;
    dated: number;
    withHeadline: number;
    registries: string;
    generateMs: number;
  };
  buildScript: string;
  articles: number;
  failed: string | null;
  pipeline: Stage[];
  dist: {
    bytes: number;
    files: number;
    pagefindBytes: number;
    pagefindFiles: number;
    articlePages: number;
  };
  baseline?: ToolResult;
  eleventy?: ToolResult;
  hugo?: ToolResult;
  /** First searches on the archive's own search page (bench/lib/search-bench.ts). */
  search?: SearchBench;
  /** The same queries against the bare Astro + Pagefind baseline, through Pagefind's JS API. */
  baselineSearch?: ApiSearchBench;
}

export interface BenchResults {
  machine: {
    nproc: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    astro: string;
    pagefind: string;
    eleventy: string;
    hugo: string;
    chromium: string;
  };
  command: string;
  runs: Record<string, RunResult>;
}

/** Targets of issue 8. */
export const TARGETS = {
  ratioToBaseline: 2,
  peakMemoryGb: 4,
  perArticleGrowth: 1.3,
  firstSearchKiB: 250,
};

/** Numbers from results.json; a stage stopped by the harness has no GNU time report (null). */
const num = (x: number | null | undefined) =>
  typeof x === 'number' && Number.isFinite(x) ? x : Number.NaN;
const s = (ms: number) => (num(ms) / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const int = (n: number) => n.toLocaleString('en-GB');

function wall(stages: readonly Stage[]): number {
  return stages.reduce((t, st) => t + st.wallMs, 0);
}

function cpu(stages: readonly Stage[]): number {
  return stages.reduce((t, st) => t + (num(st.userS) || 0) + (num(st.sysS) || 0), 0);
}

function peak(stages: readonly Stage[]): number {
  return Math.max(
    0,
    ...stages.map((st) =>
      Number.isFinite(num(st.peakRssMb)) ? st.peakRssMb : num(st.peakTreeRssMb),
    ),
  );
}

function peakTree(stages: readonly Stage[]): number {
  return Math.max(0, ...stages.map((st) => st.peakTreeRssMb));
}

function stage(stages: readonly Stage[], name: string): Stage | undefined {
  return stages.find((st) => st.name === name);
}

/** A stage's wall time, or a dash when the run never got to it. */
function st(stages: readonly Stage[], name: string): string {
  const found = stage(stages, name);
  return found ? `${s(found.wallMs)} s` : '–';
}

function tool(result: ToolResult | undefined): string {
  if (!result) return '–';
  if (!result.ok) return `failed (${result.error ?? '?'})`;
  return `${s(wall(result.stages))} s, ${peak(result.stages).toFixed(0)} MiB`;
}

/** The machine and the commands the runs came from. */
function machineLines(results: BenchResults, runs: readonly RunResult[]): string[] {
  const m = results.machine;
  const out: string[] = [];
  out.push(
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB; Node ${m.node}; Astro ${m.astro}; Pagefind ${m.pagefind}; Eleventy ${m.eleventy}; Hugo ${m.hugo}; ${m.chromium}.`,
    `Commands (each N's row is from its latest run): ${[
      ...new Set(runs.map((r) => r.command ?? results.command)),
    ]
      .map(
        (c) =>
          `\`${c}\` (N = ${runs
            .filter((r) => (r.command ?? results.command) === c)
            .map((r) => int(r.n))
            .join(', ')})`,
      )
      .join('; ')}.`,
  );
  return out;
}

/** One row per N: each pipeline stage's wall time, the total, memory and the build's size. */
function pipelineTable(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  out.push(
    '',
    '#### The pipeline (README build, `astro check` skipped)',
    '',
    '| N | articles | ingest | astro build | search index | total | per article | peak memory (largest process) | peak memory (all processes) | dist | dist files | pagefind | load before | run at |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of runs) {
    const total = wall(r.pipeline);
    out.push(
      `| ${int(r.n)} | ${int(r.articles)} | ${st(r.pipeline, 'ingest')} | ${st(r.pipeline, 'astro build')} | ${st(r.pipeline, 'search index')} | ${r.failed ? `**failed**: ${r.failed}` : `${s(total)} s`} | ${r.failed ? '–' : `${(total / r.n).toFixed(1)} ms`} | ${peak(r.pipeline).toFixed(0)} MiB | ${peakTree(r.pipeline).toFixed(0)} MiB | ${mib(r.dist.bytes)} MiB | ${int(r.dist.files)} | ${mib(r.dist.pagefindBytes)} MiB | ${r.loadBefore[0].toFixed(2)} | ${r.date.slice(0, 16).replace('T', ' ')} UTC${r.tree ? `, ${r.tree}` : ''}${r.profiled ? ' (profiled)' : ''} |`,
    );
  }
  return out;
}

/** One row per stage of each N: wall, CPU and peak memory. */
function stageTable(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  out.push(
    '',
    'Per stage, CPU (user + system) and peak memory of the largest process:',
    '',
    '| N | stage | wall | CPU | peak memory | load before |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of runs) {
    for (const st of r.pipeline) {
      const killed = st.killedAtMb
        ? ` (stopped by the harness at ${(st.killedAtMb / 1024).toFixed(1)} GiB)`
        : '';
      out.push(
        `| ${int(r.n)} | ${st.name} | ${s(st.wallMs)} s | ${Number.isFinite(num(st.userS)) ? `${(num(st.userS) + num(st.sysS)).toFixed(1)} s` : '–'} | ${Math.max(...[num(st.peakRssMb), num(st.peakTreeRssMb)].filter(Number.isFinite)).toFixed(0)} MiB${killed} | ${st.load1Before.toFixed(2)} |`,
      );
    }
  }
  return out;
}

/** The pipeline against bare Astro + Pagefind, Eleventy and Hugo on the same articles. */
function baselineTable(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  out.push(
    '',
    '#### Against the baselines (same articles as plain markdown)',
    '',
    '| N | bare Astro build | + Pagefind | baseline total | our pipeline | ratio (wall) | ratio (CPU time) | Eleventy render | Hugo render |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of runs) {
    const b = r.baseline;
    const baseTotal = b?.ok ? wall(b.stages) : Number.NaN;
    const ours = wall(r.pipeline);
    out.push(
      `| ${int(r.n)} | ${b ? `${s(stage(b.stages, 'astro build')?.wallMs ?? 0)} s` : '–'} | ${b ? `${s(stage(b.stages, 'pagefind')?.wallMs ?? 0)} s` : '–'} | ${b?.ok ? `${s(baseTotal)} s, ${peak(b.stages).toFixed(0)} MiB` : tool(b)} | ${r.failed ? 'failed' : `${s(ours)} s`} | ${Number.isNaN(baseTotal) ? '–' : `${(ours / baseTotal).toFixed(2)}×`} | ${b?.ok ? `${(cpu(r.pipeline) / cpu(b.stages)).toFixed(2)}× (${cpu(r.pipeline).toFixed(0)} s / ${cpu(b.stages).toFixed(0)} s)` : '–'} | ${tool(r.eleventy)} | ${tool(r.hugo)} |`,
    );
  }
  return out;
}

/** How the per-article cost grows from each N to the next. */
function scalingTable(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  out.push(
    '',
    '#### Scaling: per-article cost of the full pipeline',
    '',
    '| from → to | wall per article | growth | CPU per article | growth |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const complete = runs.filter((r) => !r.failed);
  for (let i = 1; i < complete.length; i++) {
    const a = complete[i - 1]!;
    const b = complete[i]!;
    const pa = wall(a.pipeline) / a.n;
    const pb = wall(b.pipeline) / b.n;
    const ca = (cpu(a.pipeline) * 1000) / a.n;
    const cb = (cpu(b.pipeline) * 1000) / b.n;
    out.push(
      `| ${int(a.n)} → ${int(b.n)} | ${pa.toFixed(1)} → ${pb.toFixed(1)} ms | ${(pb / pa).toFixed(2)}× | ${ca.toFixed(1)} → ${cb.toFixed(1)} ms | ${(cb / ca).toFixed(2)}× |`,
    );
  }
  return out;
}

/** Issue 8's targets, each with what was measured and whether it was met. */
function targetsTable(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  out.push('', '#### Targets', '', '| target | measured | met? |', '| --- | --- | --- |');
  const at = (n: number) => runs.find((r) => r.n === n);
  const r10 = at(10_000);
  if (r10?.baseline?.ok) {
    const ratio = wall(r10.pipeline) / wall(r10.baseline.stages);
    const cpuRatio = cpu(r10.pipeline) / cpu(r10.baseline.stages);
    out.push(
      `| 10,000 articles within ${TARGETS.ratioToBaseline}× the bare Astro + Pagefind baseline | ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU time | ${ratio <= TARGETS.ratioToBaseline ? 'yes' : '**no**'} |`,
    );
  }
  if (r10) {
    const p = Math.max(peak(r10.pipeline), peakTree(r10.pipeline)) / 1024;
    out.push(
      `| 10,000 articles under ${TARGETS.peakMemoryGb} GB peak memory | ${p.toFixed(2)} GiB | ${p < TARGETS.peakMemoryGb ? 'yes' : '**no**'} |`,
    );
  }
  const r1 = at(1000);
  if (r1 && r10) {
    const growth = wall(r10.pipeline) / r10.n / (wall(r1.pipeline) / r1.n);
    const cpuGrowth = cpu(r10.pipeline) / r10.n / (cpu(r1.pipeline) / r1.n);
    out.push(
      `| per-article cost 1,000 → 10,000 grows at most ${TARGETS.perArticleGrowth}× | ${growth.toFixed(2)}× wall, ${cpuGrowth.toFixed(2)}× CPU time | ${growth <= TARGETS.perArticleGrowth ? 'yes' : '**no**'} |`,
    );
  }
  if (r10?.search) {
    const worst = worstQuery(r10.search.newest);
    const worstBest = worstQuery(r10.search.relevance);
    if (worst) {
      out.push(
        `| a first search at 10,000 fetches at most ${TARGETS.firstSearchKiB} KiB (with Pagefind's script and wasm), counted at the server | worst query newest first (the default), on the search page with its own HTML, CSS and JS: ${kib(worst.bytes)} KiB as sent (${kib(worst.bytesUncompressed)} KiB uncompressed), \`${worst.query}\`${worstBest ? `; best match: ${kib(worstBest.bytes)} KiB (\`${worstBest.query}\`)` : ''} | ${worst.bytes / 1024 <= TARGETS.firstSearchKiB ? 'yes' : '**no**'} |`,
      );
    }
  }
  const r30 = at(30_000);
  if (r30) {
    out.push(
      `| 30,000 articles complete, peak memory recorded | ${r30.failed ? `failed: ${r30.failed.slice(0, 100)}` : `${s(wall(r30.pipeline))} s`}, ${(Math.max(peak(r30.pipeline), peakTree(r30.pipeline)) / 1024).toFixed(2)} GiB peak | ${r30.failed ? '**no**' : 'yes'} |`,
    );
  }
  return out;
}

/** Which runs had a busy machine, and what was running, so their figures are read as noisy. */
function loadNote(runs: readonly RunResult[]): string[] {
  const out: string[] = [];
  const busy = runs.filter(
    (r) => r.loadBefore[0] > 0.5 || r.pipeline.some((st) => st.load1Before > 1),
  );
  if (busy.length > 0) {
    out.push(
      '',
      `Load: the machine was busy (1-minute load above 0.5 at the start, or above 1 before a stage) for N = ${busy.map((r) => int(r.n)).join(', ')}; top processes at the start of those runs: ${busy.map((r) => `N = ${int(r.n)}: ${r.busyAtStart.slice(0, 3).join('; ')}`).join(' / ')}.`,
    );
  }
  return out;
}

export function renderReport(results: BenchResults): string {
  const runs = Object.values(results.runs).sort((a, b) => a.n - b.n);
  const out = [
    ...machineLines(results, runs),
    ...pipelineTable(runs),
    ...stageTable(runs),
    ...baselineTable(runs),
    ...scalingTable(runs),
  ];
  for (const r of runs.filter((x) => x.search))
    out.push('', ...renderSearch(r.search!, r.n, r.baselineSearch));
  out.push(...targetsTable(runs), ...loadNote(runs));
  return `${out.join('\n')}\n`;
}

/** The query that cost the most bytes as sent. */
function worstQuery(queries: readonly PageQueryResult[]): PageQueryResult | undefined {
  return queries.reduce<PageQueryResult | undefined>(
    (worst, q) => (!worst || q.bytes > worst.bytes ? q : worst),
    undefined,
  );
}

/** The per-kind columns, in KiB as sent. */
const KIND_COLUMNS = [
  'page',
  'script',
  'wasm',
  'meta',
  'directory',
  'index',
  'fragment',
  'filter',
] as const;

/**
 * "1 of 23": the periods the scope line says were read, of those with matches; the article
 * parts the server sent files of, when the line names a span or disagrees.
 */
function periodsRead(q: PageQueryResult): string {
  const { read, of } = q.scopePeriods;
  if (of === null)
    return q.partsRead.length === 0 ? '–' : `– (${q.partsRead.length} parts fetched)`;
  if (read === null) return `${q.partsRead.length} of ${of}`;
  return read === q.partsRead.length
    ? `${read} of ${of}`
    : `${read} of ${of} (${q.partsRead.length} parts fetched)`;
}

function pageTable(queries: readonly PageQueryResult[]): string[] {
  const rows = queries.map((q) => {
    const k = (kind: (typeof KIND_COLUMNS)[number]) => kib(q.bytesByKind[kind] ?? 0);
    const other = q.bytesByKind.other ? ` (+${kib(q.bytesByKind.other)} KiB other)` : '';
    return `| ${q.label ? `${q.label}: ` : ''}\`${q.query}\` | ${q.people} + ${q.articles} | ${periodsRead(q)} | ${q.timeToResultsMs === null ? '–' : `${q.timeToResultsMs.toFixed(0)} ms`} | ${kib(q.bytes)} KiB${other} | ${kib(q.bytesUncompressed)} KiB | ${q.requests} | ${KIND_COLUMNS.map(k).join(' | ')} |`;
  });
  return [
    '| query | results shown (people + articles) | periods read | time to first 5 | bytes as sent | uncompressed | requests | page | script | wasm | meta | directory | index | fragment | filter |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

/**
 * The search tables for one run: first searches on the search page (newest first, then best
 * match), the baseline's API searches, the session, the index's files and an article page.
 */
export function renderSearch(
  sb: SearchBench,
  n: number | null,
  baseline?: ApiSearchBench,
): string[] {
  const out = [
    `#### First search in Chromium${n === null ? '' : ` at N = ${int(n)}`}, on the site's search page`,
    '',
    `Each query in a fresh browser context (cold cache), opening \`/search/?q=…\` as a reader's link or the header's form does. Bytes are counted at the server, from navigation until the network has been quiet for 500 ms, as sent: text compressed for Chromium's \`Accept-Encoding: ${sb.acceptEncoding}\`, Pagefind's gzipped index files and wasm as they are. They include the search page itself (its HTML, CSS and JS: the "page" column). Time is from navigation start until the page shows its first five results (people and articles together; all of them when fewer), measured in the page. "Periods read": the article parts the scope line says were read, of those holding every query word. Per-kind columns in KiB as sent: script = Pagefind's JS, meta = \`pf_meta\`, entry files and \`parts.json\`, directory = the word directory and filter file.`,
    '',
    'Newest first (the default order):',
    '',
    ...pageTable(sb.newest),
    '',
    'Best match (`&sort=relevance`: every period holding the words is read at once):',
    '',
    ...pageTable(sb.relevance),
  ];
  if (baseline) {
    const line = baseline.queries
      .map(
        (q) =>
          `\`${q.query}\` ${kib(q.bytes)} KiB (${int(q.results)} result${q.results === 1 ? '' : 's'}, ${q.timeMs.toFixed(0)} ms)`,
      )
      .join('; ');
    out.push(
      '',
      `The same queries against the bare Astro + Pagefind baseline (one Pagefind index over everything, ${int(baseline.indexFiles.indexChunks)} index chunks; no search page, so Pagefind's JS API on an article page, five results' data, the article page not counted): ${line}.`,
    );
  }
  const f = sb.indexFiles;
  out.push(
    '',
    `All ${sb.newest.length} queries typed into one search page, one after another (Enter, then its result), the page's own load included: ${kib(sb.session.bytes)} KiB as sent (${kib(sb.session.bytesUncompressed)} KiB uncompressed), ${sb.session.requests} requests for ${sb.session.paths} distinct paths.`,
    '',
    `Index files over every part: ${int(f.parts)} parts (Pagefind bundles: people and constituencies, and one per period of articles), ${int(f.indexChunks)} index chunks, ${int(f.fragments)} fragments, ${int(f.filterChunks)} filter chunks, ${int(f.directoryChunks)} word-directory chunks.`,
    '',
    `Article page \`${sb.article.path}\`: ${kib(sb.article.bytes)} KiB as sent (${kib(sb.article.bytesUncompressed)} KiB uncompressed) in ${sb.article.requests} request(s).`,
  );
  return out;
}
