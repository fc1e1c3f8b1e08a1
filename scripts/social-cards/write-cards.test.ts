import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCards } from './write-cards.ts';

/** A built site of `count` pages, each naming its card and its facts as the layouts do. */
function builtSite(count: number): { dist: string; files: string[] } {
  const dist = mkdtempSync(join(tmpdir(), 'cards-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = `articles/a${i}/index.html`;
    mkdirSync(join(dist, `articles/a${i}`), { recursive: true });
    const head =
      `<meta property="og:image" content="https://x.org/articles/a${i}/card.png">` +
      `<meta property="og:title" content="Council vote number ${i} delayed again">` +
      `<meta name="twitter:data1" content="The Herald"><meta name="twitter:data2" content="${(i % 28) + 1} September 2018">`;
    writeFileSync(
      join(dist, file),
      `<!doctype html><html><head>${head}</head><body></body></html>`,
    );
    files.push(file);
  }
  return { dist, files };
}

describe('writeCards', () => {
  test('draws each page’s card beside it, then reuses the cache for the same facts', async () => {
    const { dist, files } = builtSite(3);
    const cache = mkdtempSync(join(tmpdir(), 'card-cache-'));
    expect(await writeCards(dist, files, cache)).toMatchObject({ drawn: 3, reused: 0 });
    const png = readFileSync(join(dist, 'articles/a1/card.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readdirSync(cache).filter((n) => n.endsWith('.png'))).toHaveLength(3);
    expect(await writeCards(dist, files, cache)).toMatchObject({ drawn: 0, reused: 3 });
    expect(readFileSync(join(dist, 'articles/a1/card.png'))).toEqual(png);
  }, 60_000);

  test('a page that shares another page’s card draws none of its own', async () => {
    const { dist, files } = builtSite(2);
    mkdirSync(join(dist, 'articles/a0/2019'), { recursive: true });
    const shared =
      '<meta property="og:image" content="https://x.org/articles/a0/card.png"><meta property="og:title" content="A year">';
    writeFileSync(join(dist, 'articles/a0/2019/index.html'), `<html><head>${shared}</head></html>`);
    const cache = mkdtempSync(join(tmpdir(), 'card-cache-'));
    expect(await writeCards(dist, [...files, 'articles/a0/2019/index.html'], cache)).toMatchObject({
      drawn: 2,
    });
    expect(readdirSync(join(dist, 'articles/a0/2019'))).toEqual(['index.html']);
  }, 60_000);

  test('keeps memory flat: drawing 150 cards keeps resident memory within 250 MB of the start', async () => {
    const { dist, files } = builtSite(150);
    const cache = mkdtempSync(join(tmpdir(), 'card-cache-'));
    await writeCards(dist, files.slice(0, 2), cache);
    const before = process.memoryUsage().rss;
    expect((await writeCards(dist, files, cache)).drawn).toBe(148);
    // The first renderer (resvg) kept 3.3 MB of native memory a card unless collected.
    expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(250);
  }, 120_000);
});
