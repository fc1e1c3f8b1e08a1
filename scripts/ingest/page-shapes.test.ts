import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/archive/register.ts';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import type { Publication } from '../../src/schemas/editorial.ts';
import { topicsFileSchema } from '../../src/schemas/topic.ts';
import { type BuiltArticle, buildArticle, type EditorialContext } from './build-article.ts';
import { createPeopleDetector } from './detect-people.ts';

/**
 * Whole pages copied as text, in the shapes outlets print (every sentence written for the
 * test): chrome, labels and prompts go with their rules, and every sentence of journalism
 * stays in the body.
 */
const publication = (slug: string, name: string): Publication => ({
  slug,
  name,
  description: name,
  evidence: { mastheads: [name], copyright: [], houseLines: [], selfReferences: [], names: [] },
  source: { mastheads: 'test', copyright: 'test', houseLines: 'test', selfReferences: 'test' },
});
const context: EditorialContext = {
  facts: {},
  publications: [
    publication('the-example-post', 'The Example Post'),
    publication('example-news', 'Example News'),
  ],
  topics: compileTopicMatcher(
    topicsFileSchema.parse(JSON.parse(readFileSync('src/data/topics.json', 'utf8'))),
  ),
  people: createPeopleDetector(loadRegistry()),
};

function build(name: string, lines: string[]): BuiltArticle {
  return buildArticle(
    { path: `seeds/${name}.txt`, name: `${name}.txt`, bytes: Buffer.from(lines.join('\n')) },
    context,
  );
}

function bodyTexts(article: BuiltArticle): string[] {
  return article.blocks.map((b) => (b.kind === 'caption' ? (b.caption ?? '') : b.text));
}

const JOURNALISM = [
  'Dozens of backbench MPs are preparing to abstain on the vote, according to whips who spoke on Tuesday.',
  'The government says the change is needed to close a gap in the public finances.',
  '“We cannot ask the poorest pensioners to pay for this,” one MP said.',
  'The vote is due to take place on Wednesday afternoon after a short debate.',
];

describe('a newspaper page: chrome, page title, headline, standfirst, byline, furniture', () => {
  const article = build('newspaper', [
    'Skip to main content',
    'Skip to navigation',
    'The Example Post',
    'Politics',
    'Ministers face revolt over winter fuel cut | Politics | The Example Post',
    'Ministers face revolt over winter fuel cut',
    'Backbenchers warn the cut will hit pensioners hardest. Will ministers think again?',
    'Jane Doe Deputy political editor',
    'Share',
    'A minister leaves Downing Street. Photograph: John Roe/PA',
    JOURNALISM[0]!,
    JOURNALISM[1]!,
    'Sign up to our free politics newsletter',
    JOURNALISM[2]!,
    '“We cannot ask the poorest pensioners to pay for this”',
    JOURNALISM[3]!,
    'Explore more on these topics',
    'Pensions',
    'Welfare',
    'Share',
    'Comments',
  ]);
  test('the headline is the line above the standfirst, never chrome or the page title', () => {
    expect(article.data.title).toBe('Ministers face revolt over winter fuel cut');
    expect(article.data.titleSource).toBe('seed');
    expect(article.data.slug).toBe('ministers-face-revolt-over-winter-fuel-cut');
  });
  test('a standfirst above the byline may end with a question mark', () => {
    expect(article.data.standfirst).toBe(
      'Backbenchers warn the cut will hit pensioners hardest. Will ministers think again?',
    );
  });
  test('the byline is kept on the record and out of the body', () => {
    expect(article.data.byline).toBe('Jane Doe, Deputy political editor');
    expect(bodyTexts(article).join('\n')).not.toContain('Jane Doe');
  });
  test('every removed line has its rule', () => {
    expect(article.data.removedBoilerplate.map((r) => [r.line, r.rule])).toEqual([
      [1, 'navigation'],
      [2, 'navigation'],
      [3, 'masthead'],
      [4, 'section-label'],
      [5, 'masthead'],
      [8, 'byline'],
      [9, 'share-prompt'],
      [13, 'newsletter-prompt'],
      [15, 'pull-quote'],
      [17, 'topic-links'],
      [18, 'topic-links'],
      [19, 'topic-links'],
      [20, 'share-prompt'],
      [21, 'comment-prompt'],
    ]);
  });
  test('nothing of the journalism is lost, and the picture keeps its caption and credit', () => {
    for (const sentence of JOURNALISM) expect(bodyTexts(article)).toContain(sentence);
    expect(article.blocks[0]).toEqual({
      kind: 'caption',
      caption: 'A minister leaves Downing Street.',
      credit: 'John Roe/PA',
      line: 10,
    });
    expect(article.data.truncated).toBe(false);
  });
});

describe('a broadcaster page: menu, label, timestamp, BBC-style captions, related lists', () => {
  const article = build('broadcaster', [
    'Skip to content',
    'Example News',
    'Home News Sport Weather Sounds',
    'UK Politics',
    'Chancellor promises to cut national insurance again',
    'Published 3 hours ago',
    'Image source, Getty Images',
    'Image caption, The chancellor spoke at a factory in the Midlands',
    'By John Roe',
    'Political editor',
    'The chancellor has said she wants to cut national insurance again before the election.',
    'This video can not be played',
    'The chancellor on her tax plans',
    'Speaking to workers, she said the tax was "unfair" on people in work.',
    'Related Topics',
    'Taxation',
    'More on this story',
    'What the budget means for you',
  ]);
  test('headline, byline with its job title, and no chrome in the body', () => {
    expect(article.data.title).toBe('Chancellor promises to cut national insurance again');
    expect(article.data.byline).toBe('John Roe, Political editor');
    expect(article.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'paragraph']);
    const rules = new Set(article.data.removedBoilerplate.map((r) => r.rule));
    for (const rule of [
      'navigation',
      'masthead',
      'section-label',
      'timestamp',
      'media-notice',
      'video-title',
      'related-links',
    ]) {
      expect(rules).toContain(rule);
    }
  });
});

describe('a copied text with no headline, spam and a cut-off end', () => {
  const article = build('copied', [
    'Source: politics-news-now.example',
    'Home > News > Politics',
    'The seven MPs who left the party on Monday said they would sit together as an independent group.',
    'They said the party had been taken over by people who did not share its values and that they',
    'Click here to read the full story',
  ]);
  test('the title is derived from the opening words and marked so', () => {
    expect(article.data.titleSource).toBe('derived');
    expect(article.data.title.startsWith('The seven MPs who left the party')).toBe(true);
  });
  test('the cut-off text is kept and noted as truncated', () => {
    expect(article.data.truncated).toBe(true);
    expect(article.data.paragraphCount).toBe(2);
    expect(article.data.ingestNotes).toContain('the text ends mid-sentence: the copy is truncated');
    expect(bodyTexts(article)).toContain(
      'They said the party had been taken over by people who did not share its values and that they',
    );
  });
  test('spam and breadcrumbs are removed by their rules', () => {
    expect(article.data.removedBoilerplate.map((r) => r.rule)).toEqual([
      'spam',
      'navigation',
      'spam',
    ]);
  });
});

describe('a magazine page: tagline, numbered kicker, glued timestamp, questions in the standfirst', () => {
  const article = build('magazine', [
    'New Ideas,',
    'Old Town.',
    '',
    '  1. Politics',
    '31 March 2020updated 17 Aug 2020 8:22am',
    '',
    'The quiet radical: what does the new leader want?',
    '',
    'The former barrister wants to unite a divided party. But what does he believe? And can he win?',
    '',
    'By John Roe',
    '',
    'On a wet Friday evening, the candidate addressed a half-empty hall of supporters.',
  ]);
  test('the headline is the line above the standfirst over the byline, not the tagline', () => {
    expect(article.data.title).toBe('The quiet radical: what does the new leader want?');
    expect(article.data.standfirst).toBe(
      'The former barrister wants to unite a divided party. But what does he believe? And can he win?',
    );
    expect(article.data.byline).toBe('John Roe');
  });
  test('the lines above the headline no rule knows are kept, not dropped', () => {
    expect(bodyTexts(article)).toContain('Old Town.');
    expect(article.data.removedBoilerplate.map((r) => r.rule)).toEqual([
      'section-label',
      'timestamp',
      'byline',
    ]);
  });
});

describe('a digital outlet: quotation standfirst, separators, a name over a handle', () => {
  const huff = build('digital', [
    'POLITICS',
    'Tory MP Defects To Reform In Blow To Party Leader',
    '"I have not left the party, the party has left me," she said.',
    'By Jane Doe',
    'Jun 5, 2024, 10:17 AM EDT',
    '|',
    'Updated Jun 5, 2024',
    'A Conservative MP has defected to Reform UK, saying her party had lost its way.',
    'RELATED...',
    'Reform Overtakes Tories In New Poll',
  ]);
  test('a quotation above the byline is the standfirst; separators and related lists go', () => {
    expect(huff.data.title).toBe('Tory MP Defects To Reform In Blow To Party Leader');
    expect(huff.data.standfirst).toBe(
      '"I have not left the party, the party has left me," she said.',
    );
    expect(huff.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(huff.data.removedBoilerplate.map((r) => r.rule)).toEqual([
      'section-label',
      'byline',
      'timestamp',
      'navigation',
      'timestamp',
      'related-links',
      'related-links',
    ]);
  });
  test('a bare name over a handle is the byline, and the handle goes', () => {
    const article = build('handle', [
      'London mayor backs new congestion charge for outer boroughs',
      'The move could raise £200m a year for transport',
      'Jane Doe',
      '@janedoe',
      '2 hours ago',
      'The Mayor of London has said he will back a congestion charge for outer boroughs.',
    ]);
    expect(article.data.byline).toBe('Jane Doe');
    expect(article.data.title).toBe('London mayor backs new congestion charge for outer boroughs');
    expect(article.data.standfirst).toBe('The move could raise £200m a year for transport');
    expect(article.data.removedBoilerplate.map((r) => r.rule)).toEqual([
      'byline',
      'follow-prompt',
      'timestamp',
    ]);
  });
});
