import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds } from '../support/ingest-cli.ts';

/** The ledger the ingest keeps beside the permalink registry, as the site reads it. */
const ledger = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'record-dates.json'), 'utf8')) as Record<
    string,
    { added: string; revised?: string; key: string }
  >;

function ingestOn(day: string, scratch: ReturnType<typeof scratchWithSeeds>, extra: string[] = []) {
  const run = runIngest(scratch.seeds, scratch.out, scratch.dir, ['--today', day, ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('record dates: when the archive added each article and last revised it', () => {
  test('a first run dates every article that day; a later run with nothing changed leaves the file byte for byte', () => {
    const scratch = scratchWithSeeds();
    ingestOn('2026-11-02', scratch);
    const first = readFileSync(join(scratch.dir, 'record-dates.json'), 'utf8');
    const dates = ledger(scratch.dir);
    expect(Object.keys(dates)).toHaveLength(5);
    for (const entry of Object.values(dates))
      expect(entry).toEqual({ added: '2026-11-02', key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    ingestOn('2026-11-09', scratch);
    expect(readFileSync(join(scratch.dir, 'record-dates.json'), 'utf8')).toBe(first);
  });

  test('a changed seed, or changed facts about it, revise that record alone, keeping the day it was added', () => {
    const scratch = scratchWithSeeds();
    ingestOn('2026-11-02', scratch);
    const [edited, other] = Object.keys(ledger(scratch.dir)) as [string, string];
    appendFileSync(
      join(scratch.seeds, edited),
      '\nA sentence the outlet added in a corrected copy of the story.\n',
    );
    const run = ingestOn('2026-11-09', scratch);
    expect(run.stdout).toContain(`${edited}: record revised today`);
    expect(ledger(scratch.dir)[edited]).toMatchObject({
      added: '2026-11-02',
      revised: '2026-11-09',
    });
    expect(ledger(scratch.dir)[other]).not.toHaveProperty('revised');

    const facts = join(scratch.dir, 'facts.json');
    const current = JSON.parse(readFileSync('src/data/article-facts.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      facts,
      JSON.stringify({
        ...current,
        [other]: {
          headline: { text: 'An editor’s headline for the test', note: 'Written for this test.' },
        },
      }),
    );
    ingestOn('2026-11-16', scratch, ['--facts', facts]);
    expect(ledger(scratch.dir)[other]).toMatchObject({ revised: '2026-11-16' });
    expect(ledger(scratch.dir)[edited]).toMatchObject({ revised: '2026-11-09' });
  });

  test('a removed seed leaves no entry; a new one is added on its day', () => {
    const scratch = scratchWithSeeds();
    ingestOn('2026-11-02', scratch);
    const [gone] = Object.keys(ledger(scratch.dir)) as [string];
    rmSync(join(scratch.seeds, gone));
    writeFileSync(
      join(scratch.seeds, '900_new.txt'),
      'Council tax vote delayed\n\nThe vote on the council tax rise was put off for a week, the council leader said.\n',
    );
    ingestOn('2026-11-20', scratch);
    expect(ledger(scratch.dir)).not.toHaveProperty(gone);
    expect(ledger(scratch.dir)['900_new.txt']).toMatchObject({ added: '2026-11-20' });
  });

  test('a day that is not YYYY-MM-DD stops the run, naming it', () => {
    const scratch = scratchWithSeeds();
    const run = runIngest(scratch.seeds, scratch.out, scratch.dir, ['--today', 'tomorrow']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--today must be a date as YYYY-MM-DD, not tomorrow');
  });
});
