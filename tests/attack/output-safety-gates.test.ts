import { describe, expect, test } from 'vitest';
import { csvRows, feedProblems, INVISIBLE, jsonStrings } from '../support/output-safety.ts';

// The integrity gates' own checks, shown to catch what they are for.
describe('the output-safety gate checks', () => {
  test('csvRows reads quoted fields with commas, quotes and line breaks', () => {
    expect(csvRows('a,b\r\n"x, ""y""","p\r\nq"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'p\r\nq'],
    ]);
  });

  test('feedProblems catches broken XML and markup in a description', () => {
    expect(feedProblems('<rss><channel><item><title>a</title></channel></rss>')[0]).toMatch(
      /not well-formed/,
    );
    const markup =
      '<rss><channel><item><title>t</title><description>&lt;img onerror=x&gt;</description></item></channel></rss>';
    expect(feedProblems(markup)).toEqual(['description renders as markup: <img onerror=x>']);
    const escaped =
      '<rss><channel><item><title>t</title><description>&amp;lt;img&amp;gt;</description></item></channel></rss>';
    expect(feedProblems(escaped)).toEqual([]);
  });

  test('INVISIBLE finds controls, bidi and zero-width characters, and jsonStrings finds escaped ones', () => {
    for (const c of ['\u0000', '\u001b', '\u0085', '\u202e', '\u2067', '\u200b', '\ufeff'])
      expect(INVISIBLE.test(`a${c}b`)).toBe(true);
    expect(INVISIBLE.test('tab\tnew\nline, emoji \u{1F468}\u200d\u{1F469}')).toBe(false);
    expect([...jsonStrings(JSON.parse('{"a":["x\\u202ey"]}'))]).toEqual(['a', 'x\u202ey']);
  });
});
