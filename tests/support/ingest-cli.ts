import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real ingest CLI, as the build does, against a seeds folder and an output folder. */
export function runIngest(seeds: string, out: string, report = join(out, '..', 'report.json')): IngestRun {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out, '--report', report], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder holding a copy of the real seeds. */
export function scratchWithSeeds(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  const seeds = join(dir, 'seeds');
  cpSync('seeds', seeds, { recursive: true });
  return { dir, seeds, out: join(dir, 'articles') };
}

/** Every output file's name and bytes, for byte-for-byte comparisons. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
}
