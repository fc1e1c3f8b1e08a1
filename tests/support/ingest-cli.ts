import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real ingest CLI, as the build does, against a seeds folder and an output folder,
 * with the scratch folder's own seed cache (`scratch/cache`), so no test reuses another's.
 */
export function runIngest(
  seeds: string,
  out: string,
  scratch = join(out, '..'),
  extra: string[] = [],
): IngestRun {
  const args = ['--seeds', seeds, '--out', out, '--report', join(scratch, 'report.json')];
  args.push('--permalinks', join(scratch, 'permalinks.json'));
  args.push('--cache', join(scratch, 'cache'), ...extra);
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder holding a copy of the real seeds and of the permalink registry. */
export function scratchWithSeeds(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  const seeds = join(dir, 'seeds');
  cpSync('seeds', seeds, { recursive: true });
  cpSync('src/data/permalinks.json', join(dir, 'permalinks.json'));
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
