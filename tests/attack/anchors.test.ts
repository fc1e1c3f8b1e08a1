import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../src/lib/markdown/article-markdown.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const record = { mentions: [], constituencyMentions: [] } as unknown as ArticleData;
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe('crosshead and paragraph anchors never clash', () => {
  test.each(['P1', 'p2.', ' P3 ', 'P1!'])(
    'a crosshead %j keeps every id in the body unique',
    async (crosshead) => {
      const html = await renderArticleBody(
        record,
        `First.\n\n## ${crosshead}\n\nSecond.\n\nThird.\n\n## P1 again\n\n## P1\n`,
      );
      const all = ids(html);
      expect(all).toEqual([...new Set(all)]);
      expect(all.slice(0, 1)).toEqual(['p1']);
      expect(html).toContain('<p id="p2">');
    },
  );

  test('other crossheads keep the ids Astro gives them', async () => {
    const html = await renderArticleBody(record, '## P1 reform plans\n\nText.\n');
    expect(html).toContain('<h2 id="p1-reform-plans">');
  });
});
