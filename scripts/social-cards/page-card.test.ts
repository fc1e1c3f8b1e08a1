import { describe, expect, test } from 'vitest';
import { decodeAttribute, pageCard } from './page-card.ts';

const head = (metas: string) =>
  `<!doctype html><html><head>${metas}</head><body><meta property="og:title" content="Body"></body></html>`;
const image =
  '<meta property="og:image" content="https://archive.example.org/articles/a/card.png">';

describe('decodeAttribute', () => {
  test('turns the entities Astro writes back into text', () => {
    expect(
      decodeAttribute('Tom &amp; Jerry&#39;s &quot;row&quot; &lt;b&gt; &#x2014; &#8212;'),
    ).toBe('Tom & Jerry\'s "row" <b> — —');
  });
  test('leaves what is not an entity alone', () => {
    expect(decodeAttribute('&unknown; &#0; & x')).toBe('&unknown; &#0; & x');
  });
});

describe('pageCard', () => {
  test('an article page gives its title and its facts, decoded', () => {
    const html = head(
      `${image}<meta property="og:title" content="Labour&#39;s &lt;row&gt;"><meta property="og:description" content="D">` +
        '<meta name="twitter:label1" content="Published by"><meta name="twitter:data1" content="The Herald">' +
        '<meta name="twitter:label2" content="Date"><meta name="twitter:data2" content="11 September 2018">',
    );
    expect(pageCard(html)).toEqual({
      title: "Labour's <row>",
      facts: ['The Herald', '11 September 2018'],
      imagePath: '/articles/a/card.png',
    });
  });
  test('a page without facts shows its description', () => {
    expect(
      pageCard(
        head(
          `${image}<meta property="og:title" content="People"><meta property="og:description" content="Everyone named.">`,
        ),
      ),
    ).toEqual({
      title: 'People',
      facts: ['Everyone named.'],
      imagePath: '/articles/a/card.png',
    });
  });
  test('a page that names no card, or another image, has none; only the head is read', () => {
    expect(pageCard(head('<meta property="og:title" content="Not found">'))).toBeNull();
    expect(
      pageCard(
        head(
          '<meta property="og:image" content="https://x/logo.svg"><meta property="og:title" content="A">',
        ),
      ),
    ).toBeNull();
    expect(
      pageCard(
        `<html><head>${image}</head><body><meta property="og:title" content="Body"></body></html>`,
      ),
    ).toBeNull();
  });
});
