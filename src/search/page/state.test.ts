import { describe, expect, test } from 'vitest';
import {
  emptyState,
  hasCriteria,
  hasFilters,
  historyAction,
  pagefindFilters,
  pagefindTerm,
  searchFromState,
  stateFromSearch,
  withFilter,
} from './state.ts';

describe('URL <-> state', () => {
  test('reads the query, every filter (repeated for several values) and the sort', () => {
    const state = stateFromSearch('?q=Wavertree&type=Person&year=2019&year=2015&sort=relevance');
    expect(state.query).toBe('Wavertree');
    expect(state.filters.type).toEqual(['Person']);
    expect(state.filters.year).toEqual(['2019', '2015']);
    expect(state.filters.person).toEqual([]);
    expect(state.sort).toBe('relevance');
  });

  test('without a sort, articles come newest first', () => {
    expect(stateFromSearch('?q=Wavertree').sort).toBe('newest');
  });

  test('ignores unknown parameters, empty and repeated values, and an unknown sort', () => {
    const state = stateFromSearch('?q=&colour=red&year=&year=2019&year=2019&sort=random');
    expect(state).toEqual({
      ...emptyState(),
      filters: { ...emptyState().filters, year: ['2019'] },
    });
  });

  test('decodes names with spaces, commas and ampersands', () => {
    const state = stateFromSearch(
      '?constituency=Normanton%2C+Pontefract+and+Castleford&publication=The+Spectator+%28Coffee+House%29',
    );
    expect(state.filters.constituency).toEqual(['Normanton, Pontefract and Castleford']);
    expect(state.filters.publication).toEqual(['The Spectator (Coffee House)']);
  });

  test('writes a canonical query string: q, filters in a fixed order, sort unless newest first', () => {
    const state = withFilter(
      withFilter({ ...emptyState(), query: '  Wavertree ' }, 'year', '2019', true),
      'type',
      'Person',
      true,
    );
    expect(searchFromState(state)).toBe('?q=Wavertree&type=Person&year=2019');
    expect(searchFromState({ ...state, sort: 'oldest' })).toBe(
      '?q=Wavertree&type=Person&year=2019&sort=oldest',
    );
    expect(searchFromState({ ...state, sort: 'relevance' })).toBe(
      '?q=Wavertree&type=Person&year=2019&sort=relevance',
    );
  });

  test('the empty state is the bare page', () => {
    expect(searchFromState(emptyState())).toBe('');
    expect(searchFromState({ ...emptyState(), query: '   ' })).toBe('');
  });

  test('round-trips', () => {
    const search =
      '?q=Corbyn+Labour&person=Jeremy+Corbyn&constituency=Normanton%2C+Pontefract+and+Castleford&year=2015&year=2018&sort=oldest';
    expect(searchFromState(stateFromSearch(search))).toBe(search);
  });
});

describe('state changes', () => {
  test('withFilter adds a value once and removes it, leaving the original untouched', () => {
    const start = emptyState();
    const on = withFilter(withFilter(start, 'year', '2019', true), 'year', '2019', true);
    expect(on.filters.year).toEqual(['2019']);
    expect(withFilter(on, 'year', '2019', false).filters.year).toEqual([]);
    expect(start.filters.year).toEqual([]);
  });

  test('criteria: words, or a filter', () => {
    expect(hasCriteria(emptyState())).toBe(false);
    expect(hasCriteria({ ...emptyState(), query: ' ' })).toBe(false);
    expect(hasCriteria({ ...emptyState(), query: 'Leigh' })).toBe(true);
    expect(hasCriteria(withFilter(emptyState(), 'type', 'Person', true))).toBe(true);
    expect(hasFilters({ ...emptyState(), query: 'Leigh' })).toBe(false);
  });
});

describe('Pagefind arguments', () => {
  test('filters: any value within a filter, only filters with values, optionally one left out', () => {
    const state = withFilter(
      withFilter(withFilter(emptyState(), 'year', '2015', true), 'year', '2019', true),
      'type',
      'Article',
      true,
    );
    expect(pagefindFilters(state.filters)).toEqual({
      type: { any: ['Article'] },
      year: { any: ['2015', '2019'] },
    });
    expect(pagefindFilters(state.filters, 'year')).toEqual({ type: { any: ['Article'] } });
    expect(pagefindFilters(emptyState().filters)).toEqual({});
  });

  test('term: the trimmed words, or null to browse by filters', () => {
    expect(pagefindTerm({ ...emptyState(), query: ' Leigh ' })).toBe('Leigh');
    expect(pagefindTerm(emptyState())).toBeNull();
  });
});

describe('historyAction', () => {
  test('typing adds one entry, then replaces it while the reader types on', () => {
    expect(historyAction({ fromTyping: false, sameUrl: false }, 'typing')).toBe('push');
    expect(historyAction({ fromTyping: true, sameUrl: false }, 'typing')).toBe('replace');
  });

  test('a deliberate act always adds an entry', () => {
    expect(historyAction({ fromTyping: true, sameUrl: false }, 'commit')).toBe('push');
    expect(historyAction({ fromTyping: false, sameUrl: false }, 'commit')).toBe('push');
  });

  test('nothing is recorded when the URL would not change', () => {
    expect(historyAction({ fromTyping: false, sameUrl: true }, 'commit')).toBe('none');
    expect(historyAction({ fromTyping: true, sameUrl: true }, 'typing')).toBe('none');
  });
});
