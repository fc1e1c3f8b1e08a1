import { describe, expect, test } from 'vitest';
import type { ArticleData } from '../../schemas/article.ts';
import { renderArticleBody } from './article-markdown.ts';

const record = (mentions: Partial<ArticleData>['mentions'] = []) =>
  ({ mentions, constituencyMentions: [] }) as unknown as ArticleData;

describe('renderArticleBody', () => {
  test('numbers paragraphs and links mentions at their offsets', async () => {
    const html = await renderArticleBody(
      record([
        {
          person: 'rosie-duffield',
          paragraph: 2,
          start: 0,
          end: 14,
          kind: 'full-name',
          excerpt: { before: '', match: 'Rosie Duffield', after: '' },
        },
      ]),
      'First.\n\nRosie Duffield spoke.\n',
    );
    expect(html).toContain('<p id="p1">');
    expect(html).toMatch(
      /<p id="p2">.*<a href="\/people\/rosie-duffield\/" class="mention">Rosie Duffield<\/a> spoke\./s,
    );
  });

  test('crossheads get ids, as Astro gives them', async () => {
    expect(await renderArticleBody(record(), '## What happens next\n\nText.\n')).toContain(
      '<h2 id="what-happens-next">What happens next</h2>',
    );
  });

  test('raw HTML in a body is shown as text: never dropped, never markup', async () => {
    const html = await renderArticleBody(
      record(),
      '<script>alert(1)</script>\n\nA <b>bold</b> claim.\n',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('A &#x3C;b>bold&#x3C;/b> claim.');
  });
});
