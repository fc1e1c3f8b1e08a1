import type { ArticleData } from '../../src/schemas/article.ts';
import type { UnknownName } from '../../src/lib/people/unknown-names.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

/**
 * One article's line in the editor's worklist (src/content/ingest-report.json): what the
 * ingest decided and what an editor should look at.
 */
export interface ReportEntry {
  sourceFile: string;
  slug: string;
  title: string;
  titleSource: ArticleData['titleSource'];
  publication: ArticleData['publication'];
  date: string | null;
  datePrecision: ArticleData['datePrecision'];
  dateSource: string;
  truncated: boolean;
  unknownNames: UnknownName[];
  removed: { line: number; rule: string; text: string }[];
}

/**
 * The worklist entry of a built article.
 * @example reportEntry(data, []).titleSource // 'seed'
 */
export function reportEntry(data: ArticleData, unknownNames: readonly UnknownName[]): ReportEntry {
  return {
    sourceFile: data.sourceFile,
    slug: data.slug,
    title: data.title,
    titleSource: data.titleSource,
    publication: data.publication,
    date: data.date,
    datePrecision: data.datePrecision,
    dateSource: data.dateSource,
    truncated: data.truncated,
    unknownNames: [...unknownNames],
    removed: data.removedBoilerplate.map(({ line, rule, text }) => ({ line, rule, text })),
  };
}

/** The counts an editor reads first. */
export interface WorklistCounts {
  articles: number;
  derivedTitles: number;
  unknownPublishers: number;
  undated: number;
  monthPrecision: number;
  truncated: number;
  unregisteredNames: number;
  removedByRule: Record<string, number>;
}

/**
 * Counts over every entry: derived titles, unknown publishers, undated and month-precision
 * dates, truncated texts, unregistered names and removed lines by rule.
 * @example countWorklist([]).articles // 0
 */
export function countWorklist(entries: readonly ReportEntry[]): WorklistCounts {
  const counts: WorklistCounts = {
    articles: entries.length,
    derivedTitles: 0,
    unknownPublishers: 0,
    undated: 0,
    monthPrecision: 0,
    truncated: 0,
    unregisteredNames: 0,
    removedByRule: {},
  };
  for (const e of entries) {
    if (e.titleSource === 'derived') counts.derivedTitles += 1;
    if (e.publication.source === 'unknown') counts.unknownPublishers += 1;
    if (e.date === null) counts.undated += 1;
    if (e.datePrecision === 'month') counts.monthPrecision += 1;
    if (e.truncated) counts.truncated += 1;
    counts.unregisteredNames += e.unknownNames.length;
    for (const { rule } of e.removed)
      counts.removedByRule[rule] = (counts.removedByRule[rule] ?? 0) + 1;
  }
  counts.removedByRule = Object.fromEntries(
    Object.entries(counts.removedByRule).sort(([a], [b]) => compareCodePoints(a, b)),
  );
  return counts;
}

/**
 * The short summary the ingest prints last, one line per count.
 * @example formatWorklist(countWorklist([]))[0] // 'worklist: 0 article(s)'
 */
export function formatWorklist(counts: WorklistCounts): string[] {
  const rules = Object.entries(counts.removedByRule).map(([rule, n]) => `${rule} ${n}`);
  return [
    `worklist: ${counts.articles} article(s)`,
    `  derived titles (need an editor's headline): ${counts.derivedTitles}`,
    `  unknown publishers: ${counts.unknownPublishers}`,
    `  undated: ${counts.undated}; dated to the month only: ${counts.monthPrecision}`,
    `  truncated texts: ${counts.truncated}`,
    `  unregistered names: ${counts.unregisteredNames}`,
    `  removed lines by rule: ${rules.length > 0 ? rules.join(', ') : 'none'}`,
  ];
}
