import { describe, expect, test } from 'vitest';
import type { ManifestPart } from '../parts/manifest.ts';
import { ArticleResults, type PagefindResult } from './archive-search.ts';

const part = (id: string): ManifestPart => ({
  id,
  label: id,
  kind: 'dated',
  from: `${id}-01`,
  to: `${id}-12`,
  pages: 2,
  bundle: `/pagefind/parts/${id}/`,
});
const parts = [part('2024'), part('2023'), part('2022')];
const result = (id: string): PagefindResult => ({
  id,
  score: 1,
  data: () => Promise.reject(new Error('not loaded in this test')),
});

/** A reader that records which parts it was asked for and answers `perPart` results for each. */
function recordingReader(perPart: number) {
  const asked: string[][] = [];
  const read = (batch: readonly ManifestPart[]) => {
    asked.push(batch.map((p) => p.id));
    return Promise.resolve(
      batch.flatMap((p) => Array.from({ length: perPart }, (_, i) => result(`${p.id}-${i}`))),
    );
  };
  return { asked, read };
}

describe('ArticleResults', () => {
  test('newest first reads one part at a time until it holds enough', async () => {
    const { asked, read } = recordingReader(4);
    const articles = new ArticleResults(parts, read, false);
    await articles.fill(5);
    expect(asked).toEqual([['2024'], ['2023']]);
    expect(articles.searched).toBe(2);
    expect(articles.complete).toBe(false);
  });

  test('a first batch the search already started is used, not read again', async () => {
    const { asked, read } = recordingReader(4);
    const started = Promise.resolve([result('started-0'), result('started-1')]);
    const articles = new ArticleResults(parts, read, false, started);
    await articles.fill(5);
    // The started batch stands for the first part; reading goes on from the second.
    expect(asked).toEqual([['2023']]);
    expect(articles.results.map((r) => r.id).slice(0, 3)).toEqual([
      'started-0',
      'started-1',
      '2023-0',
    ]);
    expect(articles.searchedParts.map((p) => p.id)).toEqual(['2024', '2023']);
  });

  test('best match reads every part in one batch, the started one included', async () => {
    const { asked, read } = recordingReader(1);
    const started = Promise.resolve(parts.map((p) => result(p.id)));
    const articles = new ArticleResults(parts, read, true, started);
    await articles.fill(10);
    expect(asked).toEqual([]);
    expect(articles.complete).toBe(true);
    expect(articles.results).toHaveLength(3);
  });

  test('a started batch that failed fails the first fill', async () => {
    const { read } = recordingReader(1);
    const started = Promise.reject(new Error('index chunk 404'));
    const articles = new ArticleResults(parts, read, false, started);
    await expect(articles.fill(1)).rejects.toThrow('index chunk 404');
  });

  test('firstBatch: the first part alone, or all of them at once', () => {
    expect(ArticleResults.firstBatch([5, 3, 1], false)).toEqual([5]);
    expect(ArticleResults.firstBatch([5, 3, 1], true)).toEqual([5, 3, 1]);
    expect(ArticleResults.firstBatch([], false)).toEqual([]);
  });
});
