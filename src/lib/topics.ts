import type { Topic, TopicAssignment } from '../schemas/topic.ts';

export interface TopicMatcher {
  assign(text: string): TopicAssignment[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles the topic rules once into a single regular expression, so assigning an
 * article is one pass over its text however many topics there are.
 * @example compileTopicMatcher(topics).assign('Entryism fears… infiltrators') // [{ topic: 'entryism-and-infiltration', matches: 2, terms: [...] }]
 */
export function compileTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const termOwners = new Map<string, string[]>();
  for (const topic of topics) {
    for (const term of topic.terms) {
      const key = term.toLowerCase();
      termOwners.set(key, [...(termOwners.get(key) ?? []), topic.slug]);
    }
  }
  // Longest first, so "anti-semitism" wins over a shorter overlapping term.
  const alternation = [...termOwners.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // A term matches at a word start and runs to the word's end, so the stem "infiltrat"
  // records "infiltrators": the reason shown to readers is the word in the article.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation})[\\p{L}-]*`, 'giu');
  return {
    assign(text: string): TopicAssignment[] {
      const counts = new Map<string, Map<string, number>>();
      for (const match of text.replace(/[’‘]/g, "'").matchAll(pattern)) {
        const term = match[1]!.toLowerCase();
        const word = match[0].toLowerCase();
        for (const slug of termOwners.get(term) ?? []) {
          const perTerm = counts.get(slug) ?? new Map<string, number>();
          perTerm.set(word, (perTerm.get(word) ?? 0) + 1);
          counts.set(slug, perTerm);
        }
      }
      return topics.flatMap((topic) => {
        const perTerm = counts.get(topic.slug);
        const matches = perTerm ? [...perTerm.values()].reduce((a, b) => a + b, 0) : 0;
        if (!perTerm || matches < topic.minMatches) return [];
        return [{ topic: topic.slug, matches, terms: [...perTerm.keys()].sort() }];
      });
    },
  };
}
