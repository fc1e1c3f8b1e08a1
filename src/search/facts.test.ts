import { describe, expect, test } from 'vitest';
import {
  articleSearchFacts,
  nameVariants,
  RESULT_TYPES,
  SEARCH_FILTERS,
  SEARCH_RANKING,
  SEARCH_WEIGHTS,
  uniqueFacts,
} from './facts.ts';

describe('articleSearchFacts', () => {
  test('a dated article: publication and year filters, date and publication meta, date sort', () => {
    expect(
      articleSearchFacts(
        { date: '2018-09-11', datePrecision: 'day', publication: { name: 'The Herald' } },
        '11 September 2018',
      ),
    ).toEqual({
      type: 'Article',
      facts: [
        { filter: 'publication', value: 'The Herald' },
        { filter: 'year', value: '2018' },
      ],
      meta: { publication: 'The Herald', date: '11 September 2018' },
      sortDate: '2018-09-11',
    });
  });

  test('a month-precision date sorts by its month', () => {
    expect(
      articleSearchFacts(
        { date: '2015-08', datePrecision: 'month', publication: { name: 'HuffPost UK' } },
        'August 2015',
      ).sortDate,
    ).toBe('2015-08');
  });

  test('an undated article has no year, no date and no sort key', () => {
    const facts = articleSearchFacts(
      { date: null, datePrecision: 'unknown', publication: { name: 'Unknown' } },
      'Date unknown',
    );
    expect(facts.facts).toEqual([{ filter: 'publication', value: 'Unknown' }]);
    expect(facts.meta).toEqual({ publication: 'Unknown' });
    expect(facts).not.toHaveProperty('sortDate');
  });
});

describe('uniqueFacts', () => {
  test('puts the type first, drops repeats and blanks, collapses spaces', () => {
    expect(
      uniqueFacts('Person', [
        { filter: 'constituency', value: 'Enfield North' },
        { filter: 'constituency', value: ' Enfield  North ' },
        { filter: 'party', value: '' },
        { filter: 'party', value: 'Labour' },
      ]),
    ).toEqual([
      { filter: 'type', value: 'Person' },
      { filter: 'constituency', value: 'Enfield North' },
      { filter: 'party', value: 'Labour' },
    ]);
  });

  test('the same value under two filters is kept under both', () => {
    expect(
      uniqueFacts('Constituency', [
        { filter: 'constituency', value: 'Leigh' },
        { filter: 'person', value: 'Leigh' },
      ]),
    ).toHaveLength(3);
  });
});

describe('nameVariants', () => {
  test('aliases then misspellings, as strings or { text }', () => {
    expect(
      nameVariants({
        name: 'Iain McNicol',
        aliases: ['Iain McNicol MP'],
        misspellings: [{ text: 'Iain McNico' }, 'Iain McNichol'],
      }),
    ).toEqual(['Iain McNicol MP', 'Iain McNico', 'Iain McNichol']);
  });

  test('never the name itself, and each form once whatever its case', () => {
    expect(
      nameVariants({
        name: 'Chris Leslie',
        aliases: ['Christopher Leslie', 'chris leslie'],
        misspellings: ['Christopher Leslie'],
      }),
    ).toEqual(['Christopher Leslie']);
  });

  test('a person with no other names has none', () => {
    expect(nameVariants({ name: 'Joan Ryan' })).toEqual([]);
  });
});

describe('the index scheme', () => {
  test('weights are within Pagefind’s 0–10 and the name outranks its variants, which outrank places', () => {
    for (const weight of Object.values(SEARCH_WEIGHTS)) {
      expect(weight).toBeGreaterThanOrEqual(0);
      expect(weight).toBeLessThanOrEqual(10);
    }
    expect(SEARCH_WEIGHTS.name).toBeGreaterThan(SEARCH_WEIGHTS.alias);
    expect(SEARCH_WEIGHTS.alias).toBeGreaterThan(SEARCH_WEIGHTS.place);
  });

  test('the type filter is one of the filters, and its values are the result types', () => {
    expect(SEARCH_FILTERS).toContain('type');
    expect(RESULT_TYPES).toEqual(['Article', 'Person', 'Constituency']);
  });

  test('the type meta never lifts a page', () => {
    expect(SEARCH_RANKING.metaWeights.type).toBe(0);
  });
});
