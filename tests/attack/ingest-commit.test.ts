import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { StagedDirectory } from '../../scripts/ingest/atomic-output.ts';
import { scratchWithSeeds, snapshot } from '../support/ingest-cli.ts';

const FAULTS = join(import.meta.dirname, 'support', 'faults.ts');
const NEW_SEED = [
  'date 2021-03-04',
  'Council leaders write to the minister about bus funding',
  '',
  'Council leaders from three counties wrote to the transport minister on Thursday.',
  '',
  'They asked for a decision on bus funding before the summer.',
].join('\n');

function args(dir: string): string[] {
  const report = join(dir, 'report.json');
  const permalinks = join(dir, 'permalinks.json');
  const paths = ['--seeds', join(dir, 'seeds'), '--out', join(dir, 'articles')];
  const cache = ['--cache', join(dir, 'cache')];
  return ['scripts/ingest.ts', ...paths, '--report', report, '--permalinks', permalinks, ...cache];
}

function ingest(dir: string, fault = '') {
  const env = { ...process.env, INGEST_FAULT: fault };
  const run = spawnSync(process.execPath, ['--import', FAULTS, ...args(dir)], {
    encoding: 'utf8',
    env,
  });
  return { status: run.status, signal: run.signal, stderr: run.stderr };
}

/** Everything the ingest writes, with the scratch folder's name taken out. */
function state(dir: string) {
  const read = (name: string) =>
    readFileSync(join(dir, name), 'utf8').replaceAll(dir, '<dir>').replaceAll(base, '<dir>');
  return {
    articles: snapshot(join(dir, 'articles')),
    permalinks: read('permalinks.json'),
    recordDates: read('record-dates.json'),
    report: read('report.json'),
  };
}

/** A copy of the scratch folder holding the previous run's complete output. */
function copyOf(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'commit-'));
  cpSync(base, dir, { recursive: true });
  return dir;
}

let base = '';
let before: ReturnType<typeof state>;
let after: ReturnType<typeof state>;
let counts: { writeFile: number; rename: number };

beforeAll(() => {
  base = scratchWithSeeds().dir;
  expect(ingest(base).status).toBe(0);
  writeFileSync(join(base, 'seeds', '900_new_seed.txt'), NEW_SEED);
  before = state(base);
  const done = copyOf(base);
  const counted = ingest(done, 'count');
  expect(counted.status, counted.stderr).toBe(0);
  after = state(done);
  counts = JSON.parse(/faults: (.*)/.exec(counted.stderr)![1]!) as typeof counts;
}, 120_000);

describe('the ingest commits articles, permalink registry, record dates and report together', () => {
  test('the new run changes all four', () => {
    expect(after.permalinks).not.toBe(before.permalinks);
    expect(after.recordDates).not.toBe(before.recordDates);
    expect(after.report).not.toBe(before.report);
    expect(Object.keys(after.articles).length).toBe(Object.keys(before.articles).length + 1);
  });

  test('a full disk at any write leaves the previous state exactly, with nothing staged left', () => {
    expect(counts.writeFile).toBeGreaterThanOrEqual(3);
    for (let nth = 1; nth <= counts.writeFile; nth++) {
      const dir = copyOf(base);
      const run = ingest(dir, `enospc:writeFile:${nth}`);
      expect(run.status, `write ${nth}`).toBe(1);
      expect(state(dir), `write ${nth}`).toEqual(before);
      expect(readdirSync(dir).sort(), `write ${nth}`).toEqual(readdirSync(base).sort());
    }
  }, 240_000);

  test('a kill at any rename leaves the old or the new state, completed by the next run', async () => {
    expect(counts.rename).toBeGreaterThanOrEqual(3);
    for (let nth = 1; nth <= counts.rename; nth++) {
      const dir = copyOf(base);
      expect(ingest(dir, `kill:rename:${nth}`).signal, `rename ${nth}`).toBe('SIGKILL');
      await (await StagedDirectory.begin(join(dir, 'articles'), companions(dir))).discard();
      expect([before, after], `rename ${nth}`).toContainEqual(state(dir));
      expect(readdirSync(dir).sort(), `rename ${nth}`).toEqual(readdirSync(base).sort());
    }
  }, 240_000);

  test('a kill at a random moment, five times over, leaves the old or the new state', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const dir = copyOf(base);
      const child = spawn(process.execPath, args(dir), { stdio: 'ignore' });
      const exited = new Promise((done) => child.on('exit', done));
      setTimeout(() => child.kill('SIGKILL'), 100 + Math.random() * 900);
      await exited;
      await (await StagedDirectory.begin(join(dir, 'articles'), companions(dir))).discard();
      expect([before, after]).toContainEqual(state(dir));
    }
  }, 120_000);
});

function companions(dir: string): string[] {
  return [join(dir, 'permalinks.json'), join(dir, 'record-dates.json'), join(dir, 'report.json')];
}
