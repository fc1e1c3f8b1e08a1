import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds } from '../../tests/support/ingest-cli.ts';
import { readArticleRecordFile } from './records.ts';
import { articleBodyHtml, personInArticle } from './record-tasks.ts';
import { runOn, startRecordWorkers } from './record-workers.ts';

describe('record workers (record tasks on worker threads)', () => {
  let files: string[] = [];
  let broken = '';
  const workers = startRecordWorkers(new URL('./record-worker.ts', import.meta.url), 2);

  beforeAll(() => {
    // Real article files: the ingest's output for the five seeds.
    const { seeds, out } = scratchWithSeeds();
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    files = readdirSync(out).map((name) => join(out, name));
    broken = join(out, '..', 'broken.md');
    writeFileSync(broken, readFileSync(files[0]!, 'utf8').replace('"title":', '"title" '));
  });
  afterAll(() => workers.close());

  test('renders every body exactly as the page thread would, each to its own request', async () => {
    expect(files).toHaveLength(5);
    // Twice over, all at once, so answers from both workers interleave.
    const requested = [...files, ...files];
    const offThread = await Promise.all(
      requested.map((filePath) => runOn(workers, { kind: 'body', filePath })),
    );
    const inThread = await Promise.all(requested.map((filePath) => articleBodyHtml(filePath)));
    expect(offThread).toEqual(inThread);
    expect(new Set(offThread).size).toBe(5);
    for (const html of offThread) expect(html).toContain('<p id="p1">');
  });

  test("sends back one person's mentions and quotations in each article, and nobody else's", async () => {
    const tasks = files.flatMap((filePath) =>
      readArticleRecordFile(filePath).data.people.map((person) => ({ filePath, person })),
    );
    expect(tasks.length).toBeGreaterThan(10);
    const found = await Promise.all(
      tasks.map(({ filePath, person }) => runOn(workers, { kind: 'person', filePath, person })),
    );
    found.forEach((result, i) => {
      const { filePath, person } = tasks[i]!;
      expect(result).toEqual(personInArticle(filePath, person));
      expect(result.mentions.length).toBeGreaterThan(0);
      expect(result.mentions.every((m) => m.person === person)).toBe(true);
      expect(result.quotes.every((q) => q.speaker === person)).toBe(true);
    });
    expect(found.some((result) => result.quotes.length > 0)).toBe(true);
  });

  test("a bad record fails that page's task with the file's name, and the workers go on", async () => {
    await expect(runOn(workers, { kind: 'body', filePath: broken })).rejects.toThrow(
      `${broken}: frontmatter is not valid JSON`,
    );
    expect(await runOn(workers, { kind: 'body', filePath: files[1]! })).toBe(
      await articleBodyHtml(files[1]!),
    );
  });
});
