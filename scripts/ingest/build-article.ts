import { createHash } from 'node:crypto';
import { type ArticleData, articleSchema } from '../../src/schemas/article.ts';
import { formatArticleFile } from '../../src/lib/article-file.ts';
import type { UnknownName } from '../../src/lib/people/unknown-names.ts';
import type { TopicMatcher } from '../../src/lib/topics.ts';
import type { PeopleDetector } from './detect-people.ts';
import type { ArticleFacts, Publication } from '../../src/schemas/editorial.ts';
import { type DateMarker, findDateMarker } from './date-marker.ts';
import type { RemovedBoilerplate } from './boilerplate.ts';
import { decodeSeed } from './decode.ts';
import { IngestError } from './errors.ts';
import { stripFurniture } from './furniture/index.ts';
import { headerBoundary, setAsideLabels } from './headline.ts';
import { toSourceLines } from './lines.ts';
import { blocksToMarkdown } from './markdown.ts';
import { type PrintedDate, takeTimestamps } from './printed-date.ts';
import { identifyPublication } from './publication.ts';
import { slugify } from './slug.ts';
import { type Block, countWords, recoverStructure } from './structure.ts';
import { summarise } from './summary.ts';
import { endsTruncated, TRUNCATED_NOTE } from './truncation.ts';

/** Whitespace that `\s+` → one space changes: a run of two or more, or one that is not a space. */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;
/** Words a reader gets through in a minute, for "n min read". */
const READING_WORDS_PER_MINUTE = 230;
/** Above this a seed is most likely a bad export, but it is still ingested, and the log says so. */
const LARGE_SEED_BYTES = 1024 * 1024;

export interface SeedFile {
  /** Path as shown in messages, e.g. `seeds/000_x.txt`. */
  path: string;
  /** File name, the key of editorial facts and the article's `sourceFile`. */
  name: string;
  bytes: Uint8Array;
}

export interface EditorialContext {
  facts: Readonly<Record<string, ArticleFacts>>;
  publications: readonly Publication[];
  topics: TopicMatcher;
  people: PeopleDetector;
}

export interface BuiltArticle {
  data: ArticleData;
  /** The markdown body, serialised by remark. */
  body: string;
  /** Frontmatter plus body, as written to the content collection. */
  file: string;
  /** Hash of the journalism alone, to recognise a seed that duplicates another. */
  journalismHash: string;
  /** Capitalised names the people registry does not know, for the ingest's warnings. */
  unknownNames: UnknownName[];
  /** Lines for the build log. */
  log: string[];
  /** The body in reading order, as the structure step recovered it. */
  blocks: Block[];
  /** Source lines of the seed's headline and standfirst (null when it printed none). */
  header: { headline: number | null; standfirst: number | null };
}

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

/** What the reading of a seed's text finds, before the editorial facts are added. */
interface SeedReading {
  text: string;
  notes: string[];
  marker: DateMarker | null;
  printed: PrintedDate | null;
  byline: ReturnType<typeof stripFurniture>['byline'];
  removed: RemovedBoilerplate[];
  headline: ReturnType<typeof recoverStructure>['headline'];
  standfirst: ReturnType<typeof recoverStructure>['standfirst'];
  blocks: Block[];
  paragraphs: Paragraph[];
  truncated: boolean;
}

/**
 * Decodes a seed and reads its structure: the date marker, printed timestamps, furniture set
 * aside with its rule, then headline, standfirst, paragraphs and captions. Throws when no
 * article text is left.
 */
function readSeed(seed: SeedFile, context: EditorialContext): SeedReading {
  const { text, notes } = decodeSeed(seed.path, seed.bytes);
  const lines = toSourceLines(text);
  const marker = findDateMarker(seed.path, lines);
  if (marker) lines[marker.line - 1] = { line: marker.line, text: marker.rest };
  const stamps = takeTimestamps(lines);
  const { kept, byline, removed: furniture } = stripFurniture(stamps.kept, context);
  const removed = [...stamps.removed, ...furniture].sort((a, b) => a.line - b.line);
  const { headline, standfirst, blocks, labels } = recoverStructure(
    kept,
    marker !== null,
    headerBoundary(kept, removed),
  );
  setAsideLabels(removed, labels);
  const truncated = endsTruncated(blocks);
  if (truncated) notes.push(TRUNCATED_NOTE);
  const paragraphs = blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  if (paragraphs.length === 0) {
    throw new IngestError(
      seed.path,
      kept.find((l) => l.text.trim() !== '')?.line ?? 1,
      'no article text left after removing publisher boilerplate',
    );
  }
  const printed = stamps.printed;
  return {
    text,
    notes,
    marker,
    printed,
    byline,
    removed,
    headline,
    standfirst,
    blocks,
    paragraphs,
    truncated,
  };
}

/** Notes on the seed as a file: markup kept as text, an unusually large seed. */
function noteSeedShape(seed: SeedFile, text: string, notes: string[]): void {
  if (/<\/?[a-z][\w-]*[\s>/]/i.test(text))
    notes.push('contains HTML-like markup, kept and shown as text');
  if (seed.bytes.length > LARGE_SEED_BYTES) {
    notes.push(
      `unusually large seed (${(seed.bytes.length / 1024 / 1024).toFixed(1)} MB), ingested in full`,
    );
  }
}

/** The journalism in reading order (standfirst, paragraphs, crossheads, captions), and its words. */
function journalismOf(reading: SeedReading): { journalism: string[]; wordCount: number } {
  const { standfirst, blocks, paragraphs } = reading;
  const journalism = [
    standfirst?.text,
    ...blocks.map((b) => (b.kind === 'caption' ? b.caption : b.text)),
  ].filter((t): t is string => Boolean(t));
  const wordCount = [standfirst?.text ?? '', ...paragraphs.map((p) => p.text)].reduce(
    (n, t) => n + countWords(t),
    0,
  );
  return { journalism, wordCount };
}

/**
 * Turns one seed into an archive article: decode, find the date marker, take out printed
 * timestamps (the date the outlet printed), strip
 * boilerplate, recover headline/standfirst/paragraphs/captions, attach editorial
 * facts, and serialise frontmatter (gray-matter) and body (remark).
 * Throws {@link IngestError} naming file and line on input it cannot trust.
 */
export function buildArticle(seed: SeedFile, context: EditorialContext): BuiltArticle {
  const log: string[] = [];
  const reading = readSeed(seed, context);
  const { text, notes, marker, standfirst, paragraphs, removed } = reading;
  const facts = context.facts[seed.name] ?? {};
  const title = chooseTitle(seed, reading.headline?.text ?? null, facts, paragraphs[0]!.text, log);
  const dating = chooseDate(seed, { marker, printed: reading.printed }, facts, log);
  const publication = identifyPublication(seed.path, text, facts.publication, context.publications);
  const { journalism, wordCount } = journalismOf(reading);
  const summary = summarise(standfirst?.text ?? null, paragraphs[0]!.text);
  noteSeedShape(seed, text, notes);
  const { unknownNames, ...detected } = context.people({
    date: dating.date,
    paragraphs: paragraphs.map((p) => p.text),
  });
  const data: ArticleData = articleSchema.parse({
    title: title.text,
    titleSource: title.source,
    ...(title.note ? { titleNote: title.note } : {}),
    slug: slugify(title.text),
    date: dating.date,
    datePrecision: dating.precision,
    dateSource: dating.source,
    dateLine: dating.line,
    ...(dating.evidence ? { dateEvidence: dating.evidence } : {}),
    publication,
    standfirst: standfirst?.text ?? null,
    byline: reading.byline,
    truncated: reading.truncated,
    summary: summary.text,
    summarySource: summary.source,
    sourceFile: seed.name,
    sourceSha256: createHash('sha256').update(seed.bytes).digest('hex'),
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE)),
    paragraphCount: paragraphs.length,
    topics: context.topics.assign([title.text, ...journalism].join('\n')),
    people: detected.people,
    constituencies: detected.constituencies,
    removedBoilerplate: removed,
    ingestNotes: notes,
    mentions: detected.mentions,
    constituencyMentions: detected.constituencyMentions,
    quotes: detected.quotes,
  });
  for (const note of notes) log.push(`${seed.path}: ${note}`);
  for (const r of removed) log.push(`${seed.path}:${r.line}: removed boilerplate (${r.rule})`);
  const body = blocksToMarkdown(reading.blocks);
  return {
    data,
    body,
    file: serialiseArticle(data, body),
    journalismHash: hashJournalism(journalism),
    unknownNames,
    log,
    blocks: reading.blocks,
    header: { headline: reading.headline?.line ?? null, standfirst: standfirst?.line ?? null },
  };
}

/**
 * Hash of the journalism with its whitespace normalised (runs of spaces, NBSP, line
 * endings), so a copy differing only in spacing is recognised as a duplicate.
 * @example hashJournalism(['A  vote']) === hashJournalism(['A\u00a0vote']) // true
 */
export function hashJournalism(texts: readonly string[]): string {
  // Only uneven spacing is replaced: a paragraph already single-spaced (most) is not rebuilt.
  const normalised = texts.map((t) => t.replace(UNEVEN_SPACE, ' ').trim());
  return createHash('sha256').update(normalised.join('\n')).digest('hex');
}

/** Frontmatter (JSON, read by gray-matter) over the body, keys in schema order, so output is byte-stable. */
export function serialiseArticle(data: ArticleData, body: string): string {
  return formatArticleFile(data, body);
}

function chooseTitle(
  seed: SeedFile,
  seedHeadline: string | null,
  facts: ArticleFacts,
  openingParagraph: string,
  log: string[],
): { text: string; source: ArticleData['titleSource']; note?: string } {
  if (seedHeadline) {
    if (facts.headline)
      log.push(`${seed.path}: has its own headline; the editorial headline is not used`);
    return { text: seedHeadline, source: 'seed' };
  }
  if (facts.headline)
    return { text: facts.headline.text, source: 'editorial', note: facts.headline.note };
  const words = openingParagraph.split(/\s+/).slice(0, 12).join(' ');
  log.push(`${seed.path}: no headline in the seed or editorial facts; using the opening words`);
  return {
    text: `${words.replace(/[,;:.]+$/, '')}…`,
    source: 'derived',
    note: 'The seed has no headline; the archive shows its opening words until an editor writes one.',
  };
}

type Dating = {
  date: string | null;
  precision: ArticleData['datePrecision'];
  source: ArticleData['dateSource'];
  line: number | null;
  evidence?: string;
};

/**
 * The seed's own marker wins, then the date the outlet printed, then an editor's estimate.
 * An editorial date that contradicts the seed's own date is an error at the seed's line.
 */
function chooseDate(
  seed: SeedFile,
  found: { marker: DateMarker | null; printed: PrintedDate | null },
  facts: ArticleFacts,
  log: string[],
): Dating {
  const { marker, printed } = found;
  const editorial = facts.date;
  if (marker) {
    if (editorial && !marker.date.startsWith(editorial.value)) {
      throw new IngestError(
        seed.path,
        marker.line,
        `editorial date ${editorial.value} contradicts the seed's own date marker ${marker.date}`,
      );
    }
    return { date: marker.date, precision: 'day', source: 'seed-marker', line: marker.line };
  }
  if (printed) {
    const agrees = (value: string) =>
      printed.date.startsWith(value) || value.startsWith(printed.date);
    if (editorial && !agrees(editorial.value)) {
      throw new IngestError(
        seed.path,
        printed.line,
        `editorial date ${editorial.value} contradicts the date printed in the seed (${printed.text})`,
      );
    }
    // A printed month with an editor's day inside it: the editor's is the finer fact.
    if (!editorial || editorial.value.length <= printed.date.length) {
      if (printed.kind === 'updated')
        log.push(`${seed.path}:${printed.line}: dated by its "updated" line`);
      const { date, precision, line, text: evidence } = printed;
      return { date, precision, source: 'printed', line, evidence };
    }
  }
  if (editorial) {
    const { value: date, precision, evidence } = editorial;
    return { date, precision, source: 'editorial', line: null, evidence };
  }
  log.push(`${seed.path}: no date marker, printed date or editorial date; the article is undated`);
  return { date: null, precision: 'unknown', source: 'none', line: null };
}
