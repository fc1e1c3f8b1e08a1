/**
 * The one error the search index step throws on purpose: its message says what to fix, and
 * scripts/index-search.ts prints it as it is (any other error with its stack).
 */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}
