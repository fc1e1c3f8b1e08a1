import { describe, expect, test } from 'vitest';
import { toSourceLines } from './lines.ts';
import {
  isTimestampLine,
  parseCalendarDate,
  parseTimestamp,
  takeTimestamps,
} from './printed-date.ts';

type Row = [line: string, kind: 'published' | 'updated' | 'plain', date: string | null];

/** Stamp lines in the shapes outlets print them, and the UK day each one dates. */
const STAMPS: Row[] = [
  ['Published 18 February 2019', 'published', '2019-02-18'],
  ['18 February 2019 Last updated at 18:42', 'plain', '2019-02-18'],
  ['February 20, 2019 12:45 pm(Updated 3:10 pm)', 'plain', '2019-02-20'],
  ['By Jane Doe, Political Editor 18 February 2019 • 7:45pm', 'plain', '2019-02-18'],
  ['Monday February 18 2019, 10.00pm, The Times', 'plain', '2019-02-18'],
  ['Sunday February 17 2019, 12.01am, The Sunday Times', 'plain', '2019-02-17'],
  ['Published: 18:45 GMT, 18 Feb 2019', 'published', '2019-02-18'],
  ['Published: 18 February 2019', 'published', '2019-02-18'],
  ['Updated 19 February 2019', 'updated', '2019-02-19'],
  ['Updated: 09:12, 19 Feb 2019', 'updated', '2019-02-19'],
  ['Last updated at 10:01 18 February 2019', 'updated', '2019-02-18'],
  ['Page last updated at 10:01 GMT, Monday, 18 February 2019', 'updated', '2019-02-18'],
  ['First published on Mon 18 Feb 2019 19.45 GMT', 'published', '2019-02-18'],
  ['Posted on 18 February 2019', 'published', '2019-02-18'],
  ['Date: 18 February 2019', 'plain', '2019-02-18'],
  ['18/02/2019 19:45 GMT', 'plain', '2019-02-18'],
  ['18/02/2019 - 19:45 BST', 'plain', '2019-02-18'],
  ['1/7/2019 - 08:15 BST', 'plain', '2019-07-01'],
  ['Monday 18 February 2019 19.45 GMT', 'plain', '2019-02-18'],
  ['Mon 18 Feb 2019 19.45 GMT', 'plain', '2019-02-18'],
  ['Tue 2 Jul 2019 06.00 BST', 'plain', '2019-07-02'],
  ['Monday, February 18, 2019 10:45 PM ET', 'plain', '2019-02-19'],
  ['Monday, February 18, 2019 10:45 PM EST', 'plain', '2019-02-19'],
  ['Monday, February 18, 2019 6:45 PM EST', 'plain', '2019-02-18'],
  ['Monday, July 1, 2019 9:30 PM EDT', 'plain', '2019-07-02'],
  ['Monday, July 1, 2019 6:30 PM EDT', 'plain', '2019-07-01'],
  ['Monday, July 1, 2019 7:30 PM ET', 'plain', '2019-07-02'],
  ['Monday, February 18, 2019 7:30 PM ET', 'plain', '2019-02-19'],
  ['18 February 2019', 'plain', '2019-02-18'],
  ['08 February 2019', 'plain', '2019-02-08'],
  ['February 18, 2019', 'plain', '2019-02-18'],
  ['18th February 2019', 'plain', '2019-02-18'],
  ['February 21st, 2019', 'plain', '2019-02-21'],
  ['2019-02-18', 'plain', '2019-02-18'],
  ['2019-02-18T19:45:00Z', 'plain', '2019-02-18'],
  ['2019-02-18T23:30:00-05:00', 'plain', '2019-02-19'],
  ['2019-06-30T23:30:00Z', 'plain', '2019-07-01'],
  ['2019-03-30T23:30:00Z', 'plain', '2019-03-30'],
  ['2019-02-18T00:30:00+01:00', 'plain', '2019-02-17'],
  ['Sunday 31 March 2019 00.30 GMT', 'plain', '2019-03-31'],
  ['Saturday 26 October 2019 23.30 BST', 'plain', '2019-10-26'],
  ['Sunday 27 October 2019 00.30 GMT', 'plain', '2019-10-27'],
  ['Saturday 30 March 2019 23:30 CET', 'plain', '2019-03-30'],
  ['Saturday 30 March 2019 00:30 CEST', 'plain', '2019-03-29'],
  ['Thursday 29 February 2024', 'plain', '2024-02-29'],
  ['29/02/2024 11:00 GMT', 'plain', '2024-02-29'],
  ['Published 29 February 2016 10:00 +0000', 'published', '2016-02-29'],
  ['February 2019', 'plain', '2019-02'],
  ['Published: February 2019', 'published', '2019-02'],
  ['Published 3 hours ago', 'published', null],
  ['Updated yesterday', 'updated', null],
  ['Updated an hour ago', 'updated', null],
  ['Published 18 February', 'published', null],
  ['Updated 19:45 GMT, 18 Feb', 'updated', null],
  [
    'Mon 18 Feb 2019 19.45 GMT First published on Mon 18 Feb 2019 09.00 GMT',
    'published',
    '2019-02-18',
  ],
  ['Mon 18 Feb 2019 19.45 GMT Last modified on Tue 19 Feb 2019 09.00 GMT', 'plain', '2019-02-18'],
  ['This article is more than 5 years old', 'plain', null],
  ['By Jane Doe | Published 18 February 2019', 'published', '2019-02-18'],
  ['18 February 2019 • 7:45pm', 'plain', '2019-02-18'],
  [
    'The Huffington Post UK | Jane Doe | Posted 01.10.2015 | UK Politics',
    'published',
    '2015-10-01',
  ],
  ['02 August 2022', 'plain', '2022-08-02'],
  ['Published 18th Feb 2019, 19:45 BST', 'published', '2019-02-18'],
  ['Posted: 18/08/2015 12:13 BST Updated: 18/08/2015 12:59 BST', 'published', '2015-08-18'],
  ['18:45, 18 Feb 2019Updated19:10, 19 Feb 2019', 'plain', '2019-02-18'],
  ['Last modified on Mon 18 Feb 2019 20.10 GMT', 'updated', '2019-02-18'],
  ['Monday 18 February 2019 19:45, UK', 'plain', '2019-02-18'],
  ['Tues 18 Sept 2018 19:45 BST', 'plain', '2018-09-18'],
  ['PUBLISHED: 18:45, 18 FEB 2019', 'published', '2019-02-18'],
  [
    'Updated: 08:02 BST, 1 July 2019 | Published: 21:10 BST, 30 June 2019',
    'published',
    '2019-06-30',
  ],
  [
    'Published: 10:50 GMT, 3 August 2015 | Updated: 15:54 GMT, 3 August 2015',
    'published',
    '2015-08-03',
  ],
  ['By Jane Doe, Political Editor 18 February 2019 19:45 GMT', 'plain', '2019-02-18'],
];

/** Lines that are not timestamps: sentences, impossible days, relative words on their own. */
const NOT_STAMPS = [
  'On 18 February 2019 MPs voted against the deal.',
  'MPs voted on 18 February 2019',
  'The vote is on 18 February 2019 and Labour will whip against it',
  '30 February 2019',
  '29 February 2019',
  '31/04/2019 10:00 BST',
  '18/13/2019',
  'Tuesday 18 February 2019',
  '25:10 18 February 2019',
  'Monday, February 18, 2019 13:45 PM ET',
  'on Monday',
  '3 hours ago',
  'yesterday',
  'Published',
  'February',
  '19:45 GMT',
  'Labour leadership election 2019',
  'By Jane Doe, Political Editor',
  'The Huffington Post UK | Jane Doe | 01.10.2015',
  'Labour | Brexit | Politics',
  '18 February',
];

describe('parseTimestamp', () => {
  test.each(STAMPS)('%s', (line, kind, date) => {
    const stamp = parseTimestamp(line);
    expect(stamp).not.toBeNull();
    expect(stamp!.kind).toBe(kind);
    expect(stamp!.date).toBe(date);
    expect(stamp!.precision).toBe(date === null ? null : date.length === 10 ? 'day' : 'month');
  });
  test.each(NOT_STAMPS)('is not a timestamp: %s', (line) => {
    expect(parseTimestamp(line)).toBeNull();
    expect(isTimestampLine(line)).toBe(false);
  });
  test('keeps a byline printed on the stamp line', () => {
    expect(parseTimestamp('By Jane Doe | Published 18 February 2019')!.rest).toBe('By Jane Doe');
    expect(parseTimestamp('By Jane Doe, Political Editor 18 February 2019 19:45 GMT')!.rest).toBe(
      'By Jane Doe, Political Editor',
    );
    expect(parseTimestamp('Published 18 February 2019')!.rest).toBe('');
  });
});

describe('parseCalendarDate', () => {
  test('checks the weekday against the day', () => {
    expect(parseCalendarDate('Monday 18 February 2019')?.date).toBe('2019-02-18');
    expect(parseCalendarDate('Friday 18 February 2019')).toBeNull();
  });
  test('reads numeric dates in UK day/month order', () => {
    expect(parseCalendarDate('03/04/2019')?.date).toBe('2019-04-03');
  });
});

describe('takeTimestamps', () => {
  const seed = [
    'Labour row erupts over a vote',
    'Updated 19 February 2019',
    'Published 18 February 2019',
    'Published 20 February 2019',
    'On 17 February 2019 the party met.',
    'By Jane Doe | 18/02/2019 - 19:45 BST',
  ].join('\n');

  test('the first published stamp wins over an earlier updated one', () => {
    const { printed } = takeTimestamps(toSourceLines(seed));
    expect(printed).toEqual({
      date: '2019-02-18',
      precision: 'day',
      kind: 'published',
      line: 3,
      text: 'Published 18 February 2019',
    });
  });
  test('removes every stamp line with rule timestamp and keeps sentences and bylines', () => {
    const { kept, removed } = takeTimestamps(toSourceLines(seed));
    expect(removed.map((r) => [r.rule, r.line])).toEqual([
      ['timestamp', 2],
      ['timestamp', 3],
      ['timestamp', 4],
      ['timestamp', 6],
    ]);
    expect(kept).toEqual([
      { line: 1, text: 'Labour row erupts over a vote' },
      { line: 5, text: 'On 17 February 2019 the party met.' },
      { line: 6, text: 'By Jane Doe' },
    ]);
  });
  test('an updated stamp alone still dates the article; a bare stamp beats it', () => {
    expect(takeTimestamps(toSourceLines('Updated 19 Feb 2019\nText.')).printed?.kind).toBe(
      'updated',
    );
    const both = takeTimestamps(toSourceLines('Updated 19 Feb 2019\n18 Feb 2019\nText.'));
    expect(both.printed?.date).toBe('2019-02-18');
  });
  test('a label on its own line dates the article by the date on the next line', () => {
    const text = 'Headline\nUpdated\n19 February 2019\nPublished\n\n18 February 2019\nText.';
    const { printed, removed, kept } = takeTimestamps(toSourceLines(text));
    expect(printed).toMatchObject({ date: '2019-02-18', kind: 'published', line: 6 });
    expect(printed?.text).toBe('Published 18 February 2019');
    expect(removed.map((r) => r.line)).toEqual([2, 3, 4, 6]);
    expect(kept.map((l) => l.text)).toEqual(['Headline', '', 'Text.']);
  });
  test('an updated pair never outranks a bare date', () => {
    const text = '18 February 2019\nUpdated\n19 February 2019\nText.';
    expect(takeTimestamps(toSourceLines(text)).printed).toMatchObject({
      date: '2019-02-18',
      line: 1,
    });
  });
  test('a label alone with no date after it is left in the text', () => {
    expect(takeTimestamps(toSourceLines('Published\nText.')).removed).toEqual([]);
  });
  test('bare dates between paragraphs are timeline crossheads, kept in the text', () => {
    const prose =
      'The committee heard evidence from ministers, officials and campaigners over three long days.';
    const lines = ['Timeline of the vote', '18 February 2019', prose, '19 February 2019', prose];
    const text = [...lines, '20 February 2019', prose].join('\n');
    const { printed, removed, kept } = takeTimestamps(toSourceLines(text));
    expect(printed).toMatchObject({ date: '2019-02-18', line: 2 });
    expect(removed.map((r) => r.line)).toEqual([2]);
    expect(kept.map((l) => l.line)).toEqual([1, 3, 4, 5, 6, 7]);
  });
  test('one bare date below a long appeal is still the stamp', () => {
    const appeal =
      'Your support helps us report from every part of the country, and every gift makes a difference.';
    const prose =
      'Ministers met on Monday to discuss the vote, which is expected to be very close.';
    const text = ['Headline', appeal, '18 February 2019', prose].join('\n');
    const { printed } = takeTimestamps(toSourceLines(text));
    expect(printed).toMatchObject({ date: '2019-02-18', line: 3 });
  });
  test('a labelled stamp counts wherever it is printed', () => {
    const prose = 'The committee heard evidence from ministers and officials over three long days.';
    const text = ['Headline', prose, 'Updated 19 February 2019', prose].join('\n');
    expect(takeTimestamps(toSourceLines(text)).printed).toMatchObject({ kind: 'updated', line: 3 });
  });
  test('relative stamps are removed but date nothing', () => {
    const { printed, removed } = takeTimestamps(
      toSourceLines('Headline\nPublished 3 hours ago\nText.'),
    );
    expect(printed).toBeNull();
    expect(removed).toHaveLength(1);
  });
});
