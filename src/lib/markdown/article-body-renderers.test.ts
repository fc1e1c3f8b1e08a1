import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds } from '../../../tests/support/ingest-cli.ts';
import { articleBodyHtml } from './article-body.ts';
import { ArticleBodyRenderers } from './article-body-renderers.ts';

describe('ArticleBodyRenderers (article bodies on worker threads)', () => {
  let files: string[] = [];
  let broken = '';
  const renderers = new ArticleBodyRenderers(new URL('./article-body-worker.ts', import.meta.url), 2);

  beforeAll(() => {
    // Real article files: the ingest's output for the five seeds.
    const { out } = scratchWithSeeds();
    const run = runIngest(out.replace(/articles$/, 'seeds'), out);
    expect(run.status, run.stderr).toBe(0);
    files = readdirSync(out).map((name) => join(out, name));
    broken = join(out, '..', 'broken.md');
    writeFileSync(broken, readFileSync(files[0]!, 'utf8').replace('"title":', '"title" '));
  });
  afterAll(() => renderers.close());

  test('renders every body exactly as the page thread would, each to its own request', async () => {
    expect(files).toHaveLength(5);
    // Twice over, all at once, so answers from both workers interleave.
    const requested = [...files, ...files];
    const offThread = await Promise.all(requested.map((file) => renderers.render(file)));
    const inThread = await Promise.all(requested.map((file) => articleBodyHtml(file)));
    expect(offThread).toEqual(inThread);
    expect(new Set(offThread).size).toBe(5);
    for (const html of offThread) expect(html).toContain('<p id="p1">');
  });

  test("a bad record fails that page's render with the file's name, and the workers go on", async () => {
    await expect(renderers.render(broken)).rejects.toThrow(`${broken}: frontmatter is not valid JSON`);
    expect(await renderers.render(files[1]!)).toBe(await articleBodyHtml(files[1]!));
  });
});
