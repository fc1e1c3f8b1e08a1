import type { Matcher } from './matcher.ts';
import { scanArticle, type ArticleText, type ArticleScan } from './mentions.ts';

export interface UnknownName {
  name: string;
  /** 1-based paragraph number. */
  paragraph: number;
}

/**
 * Capitalised word sequences that look like a person's name but are not in the
 * registry: two or more capitalised words, or an honorific and a capitalised word,
 * that are not a registry name, constituency, role phrase or known non-person proper
 * noun (see stop-list.ts), after dropping leading sentence openers and labels ("If",
 * "Contender", "Tuesday"). For an editor's review queue: each name once per paragraph.
 * @example findUnknownNames(matcher, { date: '2019-02', paragraphs: ['Speaker John Bercow ruled it out.'] })
 *   // [{ name: 'Speaker John Bercow', paragraph: 1 }]
 */
export function findUnknownNames(
  matcher: Matcher,
  article: ArticleText,
  scan: ArticleScan = scanArticle(matcher, article),
): UnknownName[] {
  return scan.runs.flatMap((runs, p) => {
    const names = new Set(runs.map((run) => run.text));
    return [...names].map((name) => ({ name, paragraph: p + 1 }));
  });
}
