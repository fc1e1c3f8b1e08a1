import { describe, expect, test } from 'vitest';
import { chromeRule, isMasthead, looksLikeTimestamp } from './chrome.ts';

const context = {
  publications: [
    { name: 'The Guardian' },
    { name: 'BBC News', aliases: ['BBC'] },
    { name: 'Daily Mirror', mastheads: ['Mirror'] },
  ],
};

describe('chromeRule: navigation', () => {
  test.each([
    'Skip to main content',
    'Skip to navigation',
    'Skip to content',
    'Jump to navigation',
    'Menu',
    'Sign in',
    'Home News Sport Politics Business',
    'News | UK | Politics',
    'Home > News > Politics',
    'Home News Sport Weather iPlayer Sounds',
    'Why you can trust Sky News',
  ])('"%s" is navigation', (line) => {
    expect(chromeRule(line, context)).toBe('navigation');
  });
  test('a headline with a slash or an HTML tag is not a breadcrumb', () => {
    expect(chromeRule('Labour <b>row</b> over the 24/7 rota for MPs', context)).toBeNull();
    expect(
      chromeRule('Tories and Labour / the Lib Dems share the spoils in the council', context),
    ).toBeNull();
  });
  test('a sentence made of common words is not a menu', () => {
    expect(chromeRule('The news from home is bad for the Prime Minister.', context)).toBeNull();
  });
});

describe('chromeRule: section labels', () => {
  test.each([
    'Politics',
    'UK politics',
    'UK Politics',
    'Exclusive',
    'Analysis',
    'Opinion',
    'Politics live',
    'Report 2 of 3',
    'Brexit:',
  ])('"%s" is a section label', (line) => {
    expect(chromeRule(line, context)).toBe('section-label');
  });
  test('a crosshead of ordinary words is not a label', () => {
    expect(chromeRule('Brexit rebels', context)).toBeNull();
    expect(chromeRule('Terrible judgement', context)).toBeNull();
  });
});

describe('chromeRule: mastheads, adverts and spam', () => {
  test.each(['The Guardian', 'Guardian', 'BBC News', 'BBC', 'Mirror', 'the guardian'])(
    '"%s" is a masthead',
    (line) => {
      expect(chromeRule(line, context)).toBe('masthead');
    },
  );
  test('a browser page title ending in the outlet is a masthead line', () => {
    expect(isMasthead('Starmer faces rebels over cuts | Politics | The Guardian', context)).toBe(
      true,
    );
    expect(isMasthead('Starmer faces rebels over cuts - BBC News', context)).toBe(true);
  });
  test('an outlet named inside a sentence is not a masthead', () => {
    expect(isMasthead('She told the BBC she would stand again.', context)).toBe(false);
    expect(isMasthead('Starmer faces rebels over cuts', context)).toBe(false);
  });
  test('an unknown outlet name standing alone is left alone', () => {
    expect(chromeRule('The Westmorland Clarion', context)).toBeNull();
  });
  test('publications without aliases, or with odd fields, are read defensively', () => {
    const odd = { publications: [{ name: 'New Statesman', aliases: 'NS' as unknown as string[] }] };
    expect(chromeRule('New Statesman', odd)).toBe('masthead');
  });
  test.each([
    'Advertisement',
    'Story continues below advertisement',
    'Article continues below',
    'Sponsored content',
  ])('"%s" is an advert', (line) => {
    expect(chromeRule(line, context)).toBe('advert');
  });
  test.each([
    'Source: politicsnewsnow.example',
    'Click here to read the full story',
    'https://example.com/story/1',
    '© Copyright Example Media 2019',
  ])('"%s" is spam or a copyright line', (line) => {
    expect(['spam', 'masthead']).toContain(chromeRule(line, context));
  });
  test('a sentence that starts with "Sources" is journalism', () => {
    expect(
      chromeRule('Sources close to the chancellor said the plan was dead.', context),
    ).toBeNull();
  });
});

describe('looksLikeTimestamp', () => {
  test.each([
    'Published 3 hours ago',
    'Updated 12:30 GMT',
    '18 February 2019',
    '2019-02-18',
    'Tue 10 Sep 2024 18.02 BST',
    'Monday 18 February 2019 10:15',
    '10:25, 1 Jun 2023',
    'Friday 12 July 2024 07:31, UK',
    '31 March 2020updated 17 Aug 2020 8:22am',
  ])('"%s" is a timestamp', (line) => {
    expect(looksLikeTimestamp(line)).toBe(true);
  });
  test.each([
    'May rebels defy whips',
    'Labour wins 412 seats',
    'The vote on 18 February was lost by 40 votes.',
  ])('"%s" is not', (line) => {
    expect(looksLikeTimestamp(line)).toBe(false);
  });
});
