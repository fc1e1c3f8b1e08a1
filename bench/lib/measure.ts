/**
 * Measuring one pipeline stage: wall time, CPU time and peak memory through GNU time
 * (`/usr/bin/time -v`, Debian's `time` package), plus the peak of the summed resident
 * memory of the whole process tree, sampled from /proc (GNU time reports the largest
 * single process; a stage that runs several processes at once can use more in total).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface StageResult {
  name: string;
  command: string;
  exitCode: number;
  wallMs: number;
  userS: number;
  sysS: number;
  /** GNU time's "Maximum resident set size": the largest single process of the stage. */
  peakRssMb: number;
  /** Peak of the summed RSS of every process of the stage, sampled every 250 ms. */
  peakTreeRssMb: number;
  load1Before: number;
  /** Set when the harness stopped the stage because its processes passed the memory cap. */
  killedAtMb?: number;
  log: string;
}

export function loadAverage(): [number, number, number] {
  const [a, b, c] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return [a ?? 0, b ?? 0, c ?? 0];
}

/** Summed RSS (kB) of `root` and all its descendants. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      const pid = Number(entry);
      rss.set(pid, pages * 4);
      const list = children.get(ppid) ?? [];
      list.push(pid);
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function field(report: string, label: string): number {
  const line = report.split('\n').find((l) => l.trim().startsWith(label));
  if (!line) return Number.NaN;
  const value = line.slice(line.lastIndexOf(': ') + 2).trim();
  if (/^\d+:\d+(\.\d+)?$/.test(value) || /^\d+:\d+:\d+/.test(value)) {
    return value.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  }
  return Number(value);
}

/**
 * Samples the memory of a process and everything it started, every 250 ms; past
 * `maxTreeRssMb` it kills the process group. `stop` ends the sampling and says the peak.
 */
function watchTreeMemory(child: ChildProcess, maxTreeRssMb: number) {
  let peakTree = 0;
  let killedAtMb: number | undefined;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const now = treeRssKb(child.pid);
    peakTree = Math.max(peakTree, now);
    if (now / 1024 > maxTreeRssMb && killedAtMb === undefined) {
      killedAtMb = now / 1024;
      process.kill(-child.pid, 'SIGKILL');
    }
  }, 250);
  return {
    stop: () => {
      clearInterval(sampler);
      return { peakTree, killedAtMb };
    },
  };
}

/** Runs `command` with `sh -c` in `cwd` under GNU time; output goes to `logFile`. */
export function runStage(
  name: string,
  command: string,
  {
    cwd,
    env,
    logFile,
    maxTreeRssMb = Number.POSITIVE_INFINITY,
  }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; maxTreeRssMb?: number },
): Promise<StageResult> {
  const timeFile = `${logFile}.time`;
  const load1Before = loadAverage()[0];
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so that the memory cap can stop the stage and everything it started.
    const child = spawn(GNU_TIME, ['-v', '-o', timeFile, 'sh', '-c', command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // Streamed to the log as it comes, so a long stage can be watched with `tail -f`.
    const out = createWriteStream(logFile);
    const chunks: Buffer[] = [];
    const take = (c: Buffer) => {
      chunks.push(c);
      out.write(c);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const memory = watchTreeMemory(child, maxTreeRssMb);
    child.on('error', (error) => {
      memory.stop();
      reject(error);
    });
    child.on('close', (code) => {
      const { peakTree, killedAtMb } = memory.stop();
      const wallMs = performance.now() - started;
      const log = Buffer.concat(chunks).toString('utf8');
      out.end();
      const report = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      resolvePromise({
        name,
        command,
        exitCode: code ?? 1,
        wallMs,
        userS: field(report, 'User time (seconds)'),
        sysS: field(report, 'System time (seconds)'),
        peakRssMb: field(report, 'Maximum resident set size (kbytes)') / 1024,
        peakTreeRssMb: peakTree / 1024,
        load1Before,
        ...(killedAtMb !== undefined ? { killedAtMb } : {}),
        log,
      });
    });
  });
}

/** Bytes and files under a directory (no symlinks followed). */
export function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) {
        bytes += statSync(path).size;
        files += 1;
      }
    }
  }
  return { bytes, files };
}
