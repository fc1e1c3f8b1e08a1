/**
 * Summarises V8 CPU profiles (`node --cpu-prof`, or `npm run bench -- --profile`): self time
 * by function and by source file, heaviest first, so a missed target can be traced to code.
 *
 *   node bench/profile-summary.ts FILE.cpuprofile|DIR [--top 25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: { name: string; ms: number }[];
  byFile: { file: string; ms: number }[];
}

function shortUrl(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm !== -1) return url.slice(nm + 'node_modules/'.length);
  const at = url.search(/\/(scripts|src|bench)\//);
  return at !== -1 ? url.slice(at + 1) : url.replace(/^file:\/\//, '');
}

export function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = url
      ? shortUrl(url).replace(/^((?:@[^/]+\/)?[^/]+)\/.*$/, (m, pkg: string) =>
          url.includes('node_modules/') ? pkg : m,
        )
      : `(${functionName || 'native'})`;
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byFunction: sorted(fn).map(([name, us]) => ({ name, ms: us / 1000 })),
    byFile: sorted(file).map(([f, us]) => ({ file: f, ms: us / 1000 })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '25' } },
    allowPositionals: true,
  });
  const top = Number(values.top);
  for (const target of positionals) {
    const files = statSync(target).isDirectory()
      ? readdirSync(target)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => join(target, f))
      : [target];
    for (const path of files) {
      const s = summarise(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
      console.log(
        `\n${path}: ${(s.totalMs / 1000).toFixed(1)} s profiled\n\nSelf time by function:`,
      );
      for (const { name, ms } of s.byFunction.slice(0, top))
        console.log(
          `  ${(ms / 1000).toFixed(2).padStart(8)} s  ${((ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`,
        );
      console.log('\nSelf time by file or package:');
      for (const { file, ms } of s.byFile.slice(0, top))
        console.log(
          `  ${(ms / 1000).toFixed(2).padStart(8)} s  ${((ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${file}`,
        );
    }
  }
}
