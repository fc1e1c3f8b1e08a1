import type { ArticleData } from '../../src/schemas/article.ts';
import type { ArticleFacts, Publication } from '../../src/schemas/editorial.ts';
import { IngestError } from './errors.ts';

type PublicationRef = ArticleData['publication'];
type EvidenceKind = NonNullable<PublicationRef['evidenceKind']>;

interface Owner {
  slug: string;
  kind: EvidenceKind;
}

/** One piece of evidence found in a text: whose, what kind, the words as printed, where. */
export interface PublicationHit extends Owner {
  phrase: string;
  line: number;
}

/** Every outlet's phrases compiled once into lookups that read a text in one pass. */
interface Matcher {
  mastheads: Map<string, Owner[]>;
  /** Copyright and house-line phrases, case-insensitive. */
  furniture: RegExp;
  furnitureOwners: Map<string, Owner[]>;
  /** Self-references, case-sensitive but for "The"/"the". */
  selves: RegExp;
  selfOwners: Map<string, Owner[]>;
  /** An outlet's prose name in a quoting form ("according to the Times"). */
  quoting: RegExp;
  quotedOwners: Map<string, string[]>;
}

const STRENGTH: Readonly<Record<EvidenceKind, number>> = {
  masthead: 2,
  copyright: 2,
  houseLine: 2,
  selfReference: 1,
};
const COPYRIGHT_LINE = /©|\(c\)|\bcopyright\b/i;
/** How one outlet quotes another: "according to the Times", "the Guardian reported". */
const QUOTING_BEFORE = '(?:according to|writing in|wrote in|in an interview with|reported by)';
const QUOTING_VERBS = '(?:reported|reports|revealed|claimed|said|first reported)';
const QUOTING_AFTER = String.raw`(?:'s)?\s+${QUOTING_VERBS}`;
const compiled = new WeakMap<readonly Publication[], Matcher>();

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "told The Herald" also matches "told the Herald", and no other change of case. */
const casePattern = (phrase: string) => escape(phrase).replace(/(^|\s)[Tt]he(?=\s)/g, '$1[Tt]he');
/** Whole words only; furniture may run into what follows it ("image copyrightPA"). */
const bounded = (alternatives: string[], glued = false) =>
  `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${glued ? '' : '(?![\\p{L}\\p{N}])'}`;
const byLength = (a: string, b: string) => b.length - a.length;

function addOwner<T>(map: Map<string, T[]>, phrase: string, owner: T): void {
  const list = map.get(key(phrase)) ?? [];
  list.push(owner);
  map.set(key(phrase), list);
}

/** Builds the lookups for a publications list once; later calls reuse them. */
function compile(publications: readonly Publication[]): Matcher {
  const cached = compiled.get(publications);
  if (cached) return cached;
  const mastheads = new Map<string, Owner[]>();
  const furnitureOwners = new Map<string, Owner[]>();
  const selfOwners = new Map<string, Owner[]>();
  const quotedOwners = new Map<string, string[]>();
  for (const { slug, evidence } of publications) {
    for (const p of evidence.mastheads) addOwner(mastheads, p, { slug, kind: 'masthead' });
    for (const p of evidence.copyright) addOwner(furnitureOwners, p, { slug, kind: 'copyright' });
    for (const p of evidence.houseLines) addOwner(furnitureOwners, p, { slug, kind: 'houseLine' });
    for (const p of evidence.selfReferences)
      addOwner(selfOwners, p, { slug, kind: 'selfReference' });
    for (const p of evidence.names) addOwner(quotedOwners, p, slug);
  }
  const original = (field: 'copyright' | 'houseLines' | 'selfReferences' | 'names') =>
    [...new Set(publications.flatMap((p) => p.evidence[field]))].sort(byLength);
  const names = original('names').map(casePattern).join('|');
  const furniture = [...original('copyright'), ...original('houseLines')].sort(byLength);
  const matcher: Matcher = {
    mastheads,
    furniture: new RegExp(bounded(furniture.map(escape), true), 'giu'),
    furnitureOwners,
    selves: new RegExp(bounded(original('selfReferences').map(casePattern)), 'gu'),
    selfOwners,
    quoting: new RegExp(
      `${QUOTING_BEFORE}\\s+(${names})(?![\\p{L}])|(?<![\\p{L}])(${names})${QUOTING_AFTER}`,
      'gu',
    ),
    quotedOwners,
  };
  compiled.set(publications, matcher);
  return matcher;
}

/** A masthead line may be printed as a link or with a trailing mark: "www.theguardian.com". */
const mastheadKey = (line: string) =>
  key(line.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/[.:|/]+$/, ''));

/**
 * Every piece of publisher evidence in a text, in reading order, and the outlets the text
 * quotes by name (whose self-references then prove nothing).
 * @example scanPublications('Labour MP told The Herald', publications).hits[0]?.kind
 *   // 'selfReference'
 */
export function scanPublications(
  text: string,
  publications: readonly Publication[],
): { hits: PublicationHit[]; quoted: Set<string> } {
  const m = compile(publications);
  const hits: PublicationHit[] = [];
  const quoted = new Set<string>();
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    for (const o of m.mastheads.get(mastheadKey(raw)) ?? [])
      hits.push({ ...o, phrase: raw.trim(), line });
    for (const match of raw.matchAll(m.furniture)) {
      for (const o of m.furnitureOwners.get(key(match[0])) ?? []) {
        if (o.kind === 'copyright' && !COPYRIGHT_LINE.test(raw)) continue;
        hits.push({ ...o, phrase: match[0], line });
      }
    }
    for (const match of raw.matchAll(m.selves)) {
      const owners = m.selfOwners.get(key(match[0])) ?? [];
      for (const o of owners) hits.push({ ...o, phrase: match[0], line });
    }
    for (const match of raw.matchAll(m.quoting)) {
      for (const slug of m.quotedOwners.get(key(match[1] ?? match[2] ?? '')) ?? [])
        quoted.add(slug);
    }
  }
  return { hits, quoted };
}

/** Each outlet's strongest evidence (the first printed of that strength), strongest first. */
function rank(hits: readonly PublicationHit[], quoted: ReadonlySet<string>) {
  const best = new Map<string, { strength: number; first: PublicationHit }>();
  for (const hit of hits) {
    if (hit.kind === 'selfReference' && quoted.has(hit.slug)) continue;
    const strength = STRENGTH[hit.kind];
    const current = best.get(hit.slug);
    if (!current || strength > current.strength) best.set(hit.slug, { strength, first: hit });
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength);
}

/**
 * Names an article's publisher from evidence in its own text. An editor's entry (with the
 * words it rests on, which must occur in the seed) wins. Otherwise the outlet with the
 * strongest evidence wins: a masthead, copyright or house line is high confidence, the
 * outlet's references to itself medium, and an outlet the text quotes ("according to the
 * Times") cannot win on self-references. No evidence, or a tie, is "Unknown".
 * @example identifyPublication('a.txt', 'The Guardian\nText.', undefined, publications).confidence
 *   // 'high'
 */
export function identifyPublication(
  file: string,
  rawText: string,
  confirmed: ArticleFacts['publication'],
  publications: readonly Publication[],
): PublicationRef {
  if (confirmed) return confirmedPublication(file, rawText, confirmed, publications);
  const { hits, quoted } = scanPublications(rawText, publications);
  const [best, runnerUp] = rank(hits, quoted);
  // Two outlets with evidence of the same strength (a syndicated story, a page hosting a
  // sister title) cannot be told apart honestly.
  if (!best || (runnerUp && runnerUp.strength === best.strength)) {
    return { slug: null, name: 'Unknown', source: 'unknown' };
  }
  const publication = publications.find((p) => p.slug === best.first.slug)!;
  return {
    slug: publication.slug,
    name: publication.name,
    source: 'signature',
    evidence: best.first.phrase,
    evidenceKind: best.first.kind,
    evidenceLine: best.first.line,
    confidence: best.strength === STRENGTH.selfReference ? 'medium' : 'high',
  };
}

function confirmedPublication(
  file: string,
  rawText: string,
  confirmed: NonNullable<ArticleFacts['publication']>,
  publications: readonly Publication[],
): PublicationRef {
  const publication = publications.find((p) => p.slug === confirmed.slug);
  if (!publication) {
    throw new IngestError(
      file,
      1,
      `editorial facts name publication "${confirmed.slug}", which is not in publications.json`,
    );
  }
  const at = rawText.indexOf(confirmed.evidence);
  if (at < 0) {
    throw new IngestError(
      file,
      1,
      `editorial evidence for ${publication.name} ("${confirmed.evidence}") does not occur in the seed`,
    );
  }
  const evidenceLine = rawText.slice(0, at).split('\n').length;
  const { slug, name } = publication;
  return { slug, name, source: 'editorial', evidence: confirmed.evidence, evidenceLine };
}
