import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import {
  firstPerTarget,
  type LinkableMention,
  rehypeMentionLinks,
} from './rehype-mention-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';

function render(markdown: string, mentions: LinkableMention[]): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeMentionLinks, { mentionsOf: () => mentions })
      .use(rehypeParagraphAnchors)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

describe('rehypeMentionLinks', () => {
  test('links the first mention of each person in each paragraph, at the ingest’s offsets', () => {
    const html = render('Ms Berger met Mr Leslie. Ms Berger left.\n\nThen Chris Leslie spoke.', [
      { paragraph: 1, start: 0, end: 9, href: '/people/luciana-berger/' },
      { paragraph: 1, start: 14, end: 23, href: '/people/chris-leslie/' },
      { paragraph: 1, start: 25, end: 34, href: '/people/luciana-berger/' },
      { paragraph: 2, start: 5, end: 17, href: '/people/chris-leslie/' },
    ]);
    expect(html).toContain(
      '<p id="p1"><a href="/people/luciana-berger/" class="mention">Ms Berger</a> met <a href="/people/chris-leslie/" class="mention">Mr Leslie</a>. Ms Berger left. <a href="#p1"',
    );
    expect(html).toContain(
      '<p id="p2">Then <a href="/people/chris-leslie/" class="mention">Chris Leslie</a> spoke.',
    );
  });

  test('escaped text stays text and offsets count characters, not markup', () => {
    const html = render('A \\<b> tag then Ms Berger.', [
      { paragraph: 1, start: 15, end: 24, href: '/people/luciana-berger/' },
    ]);
    expect(html).toContain(
      'A &#x3C;b> tag then <a href="/people/luciana-berger/" class="mention">Ms Berger</a>.',
    );
  });

  test('does nothing without mentions', () => {
    expect(render('Plain.', [])).toBe(
      '<p id="p1">Plain. <a href="#p1" class="para-link" aria-label="Link to paragraph 1">¶</a></p>',
    );
  });
});

describe('firstPerTarget', () => {
  test('keeps one mention per target and drops overlapping spans', () => {
    const m = (start: number, end: number, href: string) => ({ paragraph: 1, start, end, href });
    expect(firstPerTarget([m(10, 20, 'a'), m(0, 5, 'b'), m(12, 15, 'c'), m(30, 35, 'a')])).toEqual([
      m(0, 5, 'b'),
      m(10, 20, 'a'),
    ]);
  });
});
