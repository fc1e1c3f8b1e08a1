import type { ArticleData } from '../../src/schemas/article.ts';
import type { ArticleFacts, Publication } from '../../src/schemas/editorial.ts';
import { IngestError } from './errors.ts';
import { type PhraseTrie, type Token, createPhraseTrie, tokenize } from './phrase-trie.ts';

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

/** Every outlet's phrases compiled once: mastheads by line, the rest in one word trie. */
interface Matcher {
  mastheads: Map<string, Owner[]>;
  /** Copyright, house lines, self-references, and names ("the Guardian") to spot quoting. */
  phrases: PhraseTrie<{ slug: string; kind: EvidenceKind | 'name' }>;
}

const STRENGTH: Readonly<Record<EvidenceKind, number>> = {
  masthead: 2,
  copyright: 2,
  houseLine: 2,
  selfReference: 1,
};
/** A masthead line is the outlet's name and little else; longer lines are not looked up. */
const MAX_MASTHEAD_CHARS = 80;
const COPYRIGHT_LINE = /©|\(c\)|\bcopyright\b/i;
/** How one outlet quotes another: "according to the Times", "the Guardian reported". */
const QUOTING_BEFORE = new Set([
  'according to',
  'writing in',
  'wrote in',
  'interview with',
  'reported by',
]);
const QUOTING_VERBS = new Set(['reported', 'reports', 'revealed', 'claimed', 'said']);
const compiled = new WeakMap<readonly Publication[], Matcher>();

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Builds the lookups for a publications list once; later calls reuse them. */
function compile(publications: readonly Publication[]): Matcher {
  const cached = compiled.get(publications);
  if (cached) return cached;
  const mastheads = new Map<string, Owner[]>();
  const phrases: Matcher['phrases'] = createPhraseTrie();
  for (const { slug, evidence } of publications) {
    for (const p of evidence.mastheads) {
      mastheads.set(mastheadKey(p), [
        ...(mastheads.get(mastheadKey(p)) ?? []),
        { slug, kind: 'masthead' },
      ]);
    }
    for (const p of evidence.copyright) phrases.add(p, { slug, kind: 'copyright' }, true);
    for (const p of evidence.houseLines) phrases.add(p, { slug, kind: 'houseLine' }, true);
    for (const p of evidence.selfReferences) phrases.add(p, { slug, kind: 'selfReference' });
    for (const p of evidence.names) phrases.add(p, { slug, kind: 'name' });
  }
  const matcher = { mastheads, phrases };
  compiled.set(publications, matcher);
  return matcher;
}

/** A masthead line may be printed as a link or with a trailing mark: "www.theguardian.com". */
const mastheadKey = (line: string) =>
  key(line.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/[.:|/]+$/, ''));

/** A page title signed with the outlet's name: "Johnson resigns - The Telegraph". */
const TITLE_SIGNATURE = /\s[-–—|]\s+([^-–—|]{2,40})$/;

/** The masthead a page-title line ends with, if it is one of the outlets' mastheads. */
function titleSignature(
  line: string,
  mastheads: ReadonlyMap<string, Owner[]>,
): { phrase: string; owners: Owner[] } | undefined {
  const name = TITLE_SIGNATURE.exec(line.trim())?.[1];
  const owners = name ? mastheads.get(mastheadKey(name)) : undefined;
  return owners ? { phrase: name!.trim(), owners } : undefined;
}

/** An outlet's own words keep their capitals ("told Metro", not "told metro mayors"), but "the". */
function sameCase(words: readonly string[], tokens: readonly Token[], from: number): boolean {
  return words.every((w, i) => {
    const printed = tokens[from + i]!.text;
    return printed === w || (w.toLowerCase() === 'the' && printed.toLowerCase() === 'the');
  });
}

/** True when the name at tokens[from, to) is quoted: "according to the Times", "the Sun said". */
function isQuoted(line: string, tokens: readonly Token[], from: number, to: number): boolean {
  const gap = (a: number, b: number) => line.slice(tokens[a]!.end, tokens[b]!.start);
  const before = tokens.slice(Math.max(0, from - 2), from).map((t) => t.lower);
  if (QUOTING_BEFORE.has(before.join(' '))) return true;
  const verb = tokens[to];
  if (!verb || !/^\s+$/.test(gap(to - 1, to))) return false;
  const next = tokens[to + 1];
  return QUOTING_VERBS.has(verb.lower) || (verb.lower === 'first' && next?.lower === 'reported');
}

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
  for (const [index, raw] of text.split('\n').entries()) {
    const line = index + 1;
    const masthead =
      raw.length <= MAX_MASTHEAD_CHARS ? m.mastheads.get(mastheadKey(raw)) : undefined;
    for (const o of masthead ?? []) hits.push({ ...o, phrase: raw.trim(), line });
    const signed = masthead ? undefined : titleSignature(raw, m.mastheads);
    for (const o of signed?.owners ?? []) hits.push({ ...o, phrase: signed!.phrase, line });
    const tokens = tokenize(raw);
    for (const found of m.phrases.find(tokens)) {
      const { slug, kind } = found.value;
      if (kind === 'copyright' && !COPYRIGHT_LINE.test(raw)) continue;
      if (
        (kind === 'selfReference' || kind === 'name') &&
        !sameCase(found.words, tokens, found.from)
      )
        continue;
      if (kind === 'name') {
        if (isQuoted(raw, tokens, found.from, found.to)) quoted.add(slug);
      } else hits.push({ slug, kind, phrase: raw.slice(found.start, found.end), line });
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
