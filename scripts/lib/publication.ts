import type { ArticleData } from '../../src/schemas/article.ts';
import type { ArticleFacts, Publication } from '../../src/schemas/editorial.ts';
import { IngestError } from './errors.ts';

type PublicationRef = ArticleData['publication'];

/**
 * Names an article's publisher from evidence in its own text. An editor's entry
 * (with the words it rests on, which must occur in the seed) wins; otherwise the
 * publisher whose signature phrases appear is chosen, and a tie or no match is "unknown".
 */
export function identifyPublication(
  file: string,
  rawText: string,
  confirmed: ArticleFacts['publication'],
  publications: readonly Publication[],
): PublicationRef {
  if (confirmed) {
    const publication = publications.find((p) => p.slug === confirmed.slug);
    if (!publication) {
      throw new IngestError(file, 1, `editorial facts name publication "${confirmed.slug}", which is not in publications.json`);
    }
    if (!rawText.includes(confirmed.evidence)) {
      throw new IngestError(file, 1, `editorial evidence for ${publication.name} ("${confirmed.evidence}") does not occur in the seed`);
    }
    return { slug: publication.slug, name: publication.name, source: 'editorial', evidence: confirmed.evidence };
  }
  const scored = publications
    .map((p) => ({ publication: p, matched: p.signatures.filter((s) => rawText.includes(s)) }))
    .filter((s) => s.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length);
  const [best, runnerUp] = scored;
  if (!best || (runnerUp && runnerUp.matched.length === best.matched.length)) {
    return { slug: null, name: 'Unknown', source: 'unknown' };
  }
  return {
    slug: best.publication.slug,
    name: best.publication.name,
    source: 'signature',
    evidence: best.matched.join('; '),
  };
}
