import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds, snapshot } from '../support/ingest-cli.ts';

const fixture = (name: string) => `tests/fixtures/ingest/${name}/input.txt`;

describe('ingest CLI, files in and out', () => {
  test('ingests the five seeds and never writes to the seeds folder', () => {
    const { seeds, out } = scratchWithSeeds();
    const before = snapshot(seeds);
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(Object.keys(snapshot(out))).toHaveLength(5);
    expect(snapshot(seeds)).toEqual(before);
    expect(run.stdout).toContain('ingest: 5 article(s) from 5 seed(s)');
  });

  test('is deterministic: a second run writes byte-identical files', () => {
    const { seeds, out, dir } = scratchWithSeeds();
    expect(runIngest(seeds, out).status).toBe(0);
    const first = snapshot(out);
    // Built again from the seeds, not read from the first run's cache.
    const other = join(dir, 'again');
    expect(runIngest(seeds, other, dir, ['--no-cache']).status).toBe(0);
    expect(snapshot(other)).toEqual(first);
    expect(runIngest(seeds, out).status).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  test('is atomic: a bad seed fails the run and leaves the previous output untouched', () => {
    const { seeds, out } = scratchWithSeeds();
    expect(runIngest(seeds, out).status).toBe(0);
    const good = snapshot(out);
    copyFileSync(fixture('not-utf8'), join(seeds, '010_latin1.txt'));
    copyFileSync(fixture('unparseable-date-marker'), join(seeds, '011_bad_date.txt'));
    const run = runIngest(seeds, out);
    expect(run.status).toBe(1);
    // Every problem is reported at once, each with file and line.
    expect(run.stderr).toContain(`${join(seeds, '010_latin1.txt')}:5: not valid UTF-8: byte 0xa3`);
    expect(run.stderr).toContain(
      `${join(seeds, '011_bad_date.txt')}:1: unparseable date marker "date 2018-13-45"`,
    );
    expect(run.stderr).toContain('previous output left untouched');
    expect(snapshot(out)).toEqual(good);
  });

  test('in worker threads: the same files, the same duplicates, the same errors', () => {
    const inline = scratchWithSeeds();
    const threaded = scratchWithSeeds();
    for (const { seeds } of [inline, threaded]) {
      copyFileSync(join(seeds, '001_d840d03a09efda8c.txt'), join(seeds, '005_copy_of_001.txt'));
    }
    const one = runIngest(inline.seeds, inline.out, inline.dir, ['--workers', '1']);
    const three = runIngest(threaded.seeds, threaded.out, threaded.dir, ['--workers', '3']);
    expect(three.status, three.stderr).toBe(0);
    expect(snapshot(threaded.out)).toEqual(snapshot(inline.out));
    expect(three.stdout.replaceAll(threaded.dir, '<dir>').replace(/ in \d+ ms/, '')).toBe(
      one.stdout.replaceAll(inline.dir, '<dir>').replace(/ in \d+ ms/, ''),
    );
    expect(readFileSync(join(threaded.dir, 'permalinks.json'), 'utf8')).toBe(
      readFileSync(join(inline.dir, 'permalinks.json'), 'utf8'),
    );

    const good = snapshot(threaded.out);
    copyFileSync(fixture('not-utf8'), join(threaded.seeds, '010_latin1.txt'));
    copyFileSync(fixture('unparseable-date-marker'), join(threaded.seeds, '011_bad_date.txt'));
    const failed = runIngest(threaded.seeds, threaded.out, threaded.dir, ['--workers', '2']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      `${join(threaded.seeds, '010_latin1.txt')}:5: not valid UTF-8: byte 0xa3`,
    );
    expect(failed.stderr).toContain(
      `${join(threaded.seeds, '011_bad_date.txt')}:1: unparseable date marker "date 2018-13-45"`,
    );
    expect(snapshot(threaded.out)).toEqual(good);
  });

  test('refuses a --workers that is not a positive whole number', () => {
    const { seeds, out, dir } = scratchWithSeeds();
    const run = runIngest(seeds, out, dir, ['--workers', 'two']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--workers must be a positive whole number, not two');
  });

  test('an empty seed is an error naming the file', () => {
    const { seeds, out } = scratchWithSeeds();
    writeFileSync(join(seeds, '012_empty.txt'), '');
    const run = runIngest(seeds, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(seeds, '012_empty.txt')}:1: file is empty`);
  });

  test('a seed that duplicates another is skipped and said so', () => {
    const { seeds, out } = scratchWithSeeds();
    copyFileSync(join(seeds, '001_d840d03a09efda8c.txt'), join(seeds, '005_copy_of_001.txt'));
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `${join(seeds, '005_copy_of_001.txt')}: duplicates ${join(seeds, '001_d840d03a09efda8c.txt')}`,
    );
    expect(Object.keys(snapshot(out))).toHaveLength(5);
  });

  test('a duplicate with only different line endings and a BOM is still a duplicate', () => {
    const { seeds, out } = scratchWithSeeds();
    const original = readFileSync(join(seeds, '004_b2604c3d629a670c.txt'), 'utf8');
    writeFileSync(join(seeds, '006_windows_copy.txt'), `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('006_windows_copy.txt: duplicates');
  });

  test('BOM, CRLF and HTML in a seed are handled and logged', () => {
    const { seeds, out } = scratchWithSeeds();
    copyFileSync(fixture('bom-and-crlf'), join(seeds, '007_windows.txt'));
    copyFileSync(fixture('html-in-text'), join(seeds, '008_html.txt'));
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('007_windows.txt: removed a UTF-8 byte-order mark');
    expect(run.stdout).toContain('007_windows.txt: normalised CRLF/CR line endings to LF');
    expect(run.stdout).toContain('008_html.txt: contains HTML-like markup, kept and shown as text');
    const html = matter(
      readFileSync(join(out, 'labour-b-row-b-over-script-alert-headline-script.md'), 'utf8'),
    );
    expect(html.data['title']).toBe('Labour <b>row</b> over <script>alert("headline")</script>');
    expect(html.content).toContain('\\<script>document.title="owned"\\</script>');
  });

  test('a 5 MB seed is ingested in full, and the log says it is unusually large', () => {
    const { seeds, out } = scratchWithSeeds();
    const paragraph =
      'Labour activists met again on Monday night to discuss the motion, and the MP said the vote was a matter for members. ';
    const lines = ['A very long transcript of a constituency meeting', ''];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const line = `${i + 1}. ${paragraph.repeat(4).trim()}`;
      lines.push(line, '');
      size += line.length + 2;
    }
    writeFileSync(join(seeds, '009_large.txt'), lines.join('\n'));
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /009_large\.txt: unusually large seed \(5\.\d MB\), ingested in full/,
    );
    const article = matter(
      readFileSync(join(out, 'a-very-long-transcript-of-a-constituency-meeting.md'), 'utf8'),
    );
    expect(article.data['paragraphCount']).toBe((lines.length - 2) / 2);
  });
});

describe('permalinks', () => {
  test('editing a headline keeps the article at its old URL', () => {
    const { seeds, out, dir } = scratchWithSeeds();
    const facts = JSON.parse(readFileSync('src/data/article-facts.json', 'utf8'));
    facts['000_2444523fcf13c80a.txt'].headline.text = 'A completely different editorial headline';
    const factsFile = join(dir, 'facts.json');
    writeFileSync(factsFile, JSON.stringify(facts));
    const run = spawnSync(
      process.execPath,
      [
        'scripts/ingest.ts',
        '--seeds',
        seeds,
        '--out',
        out,
        '--facts',
        factsFile,
        '--report',
        join(dir, 'r.json'),
        '--permalinks',
        join(dir, 'permalinks.json'),
        '--cache',
        join(dir, 'cache'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const file = join(
      out,
      'mcdonnell-brushes-aside-claims-of-hard-left-infiltration-as-labour-mps-face.md',
    );
    const { data } = matter(readFileSync(file, 'utf8'));
    expect(data['title']).toBe('A completely different editorial headline');
    // The record says the slug it is filed under, not the one the new headline would give.
    expect(data['slug']).toBe(
      'mcdonnell-brushes-aside-claims-of-hard-left-infiltration-as-labour-mps-face',
    );
  });

  test('a new seed gets a permalink recorded in the registry; a second run keeps it', () => {
    const { seeds, out, dir } = scratchWithSeeds();
    copyFileSync(fixture('bom-and-crlf'), join(seeds, '007_windows.txt'));
    expect(runIngest(seeds, out).stdout).toContain(
      'new permalink /articles/a-headline-with-windows-line-endings/',
    );
    const registry = JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8'));
    expect(registry['007_windows.txt']).toEqual({
      slug: 'a-headline-with-windows-line-endings',
      redirectFrom: [],
    });
    expect(runIngest(seeds, out).stdout).not.toContain('new permalink');
  });

  test('a new article whose headline slug is taken gets a stable suffix', () => {
    const { seeds, out } = scratchWithSeeds();
    const original = readFileSync(join(seeds, '001_d840d03a09efda8c.txt'), 'utf8');
    writeFileSync(
      join(seeds, '005_same_headline.txt'),
      original.replace('A Labour MP has accused', 'One Labour MP accused'),
    );
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /new permalink \/articles\/labour-row-erupts-over-no-confidence-vote-in-luciana-berger-[0-9a-f]{6}\//,
    );
  });
});
