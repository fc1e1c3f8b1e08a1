import { describe, expect, test } from 'vitest';
import { countWorklist, formatWorklist, type ReportEntry } from './ingest-report.ts';

const entry = (overrides: Partial<ReportEntry>): ReportEntry => ({
  sourceFile: 'a.txt',
  slug: 'a',
  title: 'A',
  titleSource: 'seed',
  publication: { slug: 'p', name: 'P', source: 'signature' },
  date: '2019-02-18',
  datePrecision: 'day',
  dateSource: 'printed',
  truncated: false,
  unknownNames: [],
  removed: [],
  ...overrides,
});

describe('countWorklist', () => {
  test('counts what an editor must look at', () => {
    const counts = countWorklist([
      entry({}),
      entry({
        titleSource: 'derived',
        truncated: true,
        removed: [{ line: 1, rule: 'navigation', text: 'Menu' }],
      }),
      entry({
        publication: { slug: null, name: 'Unknown', source: 'unknown' },
        date: null,
        datePrecision: 'unknown',
        unknownNames: [{ name: 'Jane Doe', paragraph: 2 }],
        removed: [
          { line: 3, rule: 'share-prompt', text: 'Share' },
          { line: 9, rule: 'navigation', text: 'Home' },
        ],
      }),
      entry({ date: '2015-08', datePrecision: 'month' }),
    ]);
    expect(counts).toEqual({
      articles: 4,
      derivedTitles: 1,
      unknownPublishers: 1,
      undated: 1,
      monthPrecision: 1,
      truncated: 1,
      unregisteredNames: 1,
      removedByRule: { navigation: 2, 'share-prompt': 1 },
    });
  });
  test('the summary names every count', () => {
    const lines = formatWorklist(countWorklist([entry({ titleSource: 'derived' })]));
    expect(lines[0]).toBe('worklist: 1 article(s)');
    expect(lines.join('\n')).toContain('derived titles');
    expect(lines.join('\n')).toContain('removed lines by rule: none');
  });
});
