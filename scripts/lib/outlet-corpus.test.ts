import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { loadRegistry } from '../../src/lib/people/registry.ts';
import { publicationsFileSchema } from '../../src/schemas/editorial.ts';
import { topicsFileSchema } from '../../src/schemas/topic.ts';
import { type BuiltArticle, buildArticle, type EditorialContext } from './build-article.ts';
import { createPeopleDetector } from './detect-people.ts';

/**
 * The outlet corpus (tests/fixtures/outlets): articles in the shapes real outlets'
 * pages take when copied as text, each with a hand-written expectation of what the
 * ingest must make of it. Unlike the ingest fixtures, nothing here is regenerated:
 * the expectations are the specification, checked line by line when written.
 */
const root = join(import.meta.dirname, '../../tests/fixtures/outlets');

interface Expected {
  outlet: string | null;
  title: string | null;
  titleSource: 'seed' | 'editorial' | 'derived';
  standfirst: string | null;
  byline: string | null;
  date: string | null;
  datePrecision: 'day' | 'month' | 'unknown';
  dateLine: number | null;
  paragraphs: string[];
  subheadings: string[];
  captions: string[];
  removed: Record<string, string>;
  truncated: boolean;
}

interface Case {
  name: string;
  input: string;
  expected: Expected;
}

/** What the ingest made of one fixture, in the expectation's terms; a missing field reads as such. */
interface Actual {
  outlet: unknown;
  title: unknown;
  titleSource: unknown;
  standfirst: unknown;
  byline: unknown;
  date: unknown;
  datePrecision: unknown;
  dateLine: unknown;
  paragraphs: unknown;
  subheadings: unknown;
  captions: unknown;
  removed: Record<string, string>;
  truncated: unknown;
}

const cases: Case[] = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map(({ name }) => ({
    name,
    input: readFileSync(join(root, name, 'input.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected,
  }));

function editorialContext(): EditorialContext {
  const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  return {
    facts: {},
    publications: publicationsFileSchema.parse(read('src/data/publications.json')),
    topics: compileTopicMatcher(topicsFileSchema.parse(read('src/data/topics.json'))),
    people: createPeopleDetector(loadRegistry()),
  };
}

/** A field the article record does not have yet, shown as such in a diff rather than as `undefined`. */
function missing(field: string): string {
  return `<no \`${field}\` in the ingest's output yet>`;
}

function pick(record: object, field: string): unknown {
  return field in record ? (record as Record<string, unknown>)[field] : missing(field);
}

/** Line -> rule for every line a removed record covers (a record of k lines covers k lines). */
export function removedByLine(records: readonly { rule: string; line: number; text: string }[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { rule, line, text } of records) {
    text.split('\n').forEach((_, i) => {
      map[String(line + i)] = rule;
    });
  }
  return map;
}

function blockTexts(built: BuiltArticle): Pick<Actual, 'paragraphs' | 'subheadings' | 'captions'> {
  const blocks = (built as { blocks?: unknown }).blocks;
  if (!Array.isArray(blocks)) {
    const none = missing('blocks');
    return { paragraphs: none, subheadings: none, captions: none };
  }
  type AnyBlock = { kind: string; text?: string; caption?: string | null };
  const of = (kind: string): AnyBlock[] => (blocks as AnyBlock[]).filter((b) => b.kind === kind);
  return {
    paragraphs: of('paragraph').map((b) => b.text),
    subheadings: of('subheading').map((b) => b.text),
    captions: of('caption')
      .map((b) => b.caption)
      .filter((c) => c !== null && c !== undefined),
  };
}

function describeActual(built: BuiltArticle): Actual {
  const data = built.data as Record<string, unknown> & BuiltArticle['data'];
  return {
    outlet: data.publication.slug,
    title: data.title,
    titleSource: data.titleSource,
    standfirst: data.standfirst,
    byline: pick(data, 'byline'),
    date: data.date,
    datePrecision: data.datePrecision,
    dateLine: pick(data, 'dateLine'),
    ...blockTexts(built),
    removed: removedByLine(data.removedBoilerplate),
    truncated: pick(data, 'truncated'),
  };
}

/** Builds one fixture as the ingest builds a seed; an ingest error becomes the result, not a crash. */
function build(c: Case, context: EditorialContext): Actual | Error {
  const bytes = Buffer.from(c.input, 'utf8');
  try {
    return describeActual(buildArticle({ path: `seeds/${c.name}.txt`, name: `${c.name}.txt`, bytes }, context));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const results = new Map<string, Actual | Error>();
function resultOf(c: Case): Actual | Error {
  const result = results.get(c.name);
  if (!result) throw new Error(`${c.name} was not built`);
  return result;
}

/** The opening words a derived title must start with (the first five of the first paragraph). */
function openingWords(paragraphs: readonly string[]): string {
  return (paragraphs[0] ?? '').split(/\s+/).slice(0, 5).join(' ');
}

/**
 * Every non-blank input line is accounted for exactly once, in reading order:
 * removed, or the headline, the standfirst, then paragraphs, crossheads and captions.
 * Returns the problems found, so a fixture's own mistakes are named line by line.
 */
export function accountLines(input: string, e: Expected): string[] {
  const problems: string[] = [];
  const queue = { paragraph: [...e.paragraphs], subheading: [...e.subheadings], caption: [...e.captions] };
  const lines = input.split('\n').map((text, i) => ({ line: i + 1, text: text.trim() }));
  for (const key of Object.keys(e.removed)) {
    const line = lines[Number(key) - 1];
    if (!line || line.text === '') problems.push(`removed line ${key} is blank or past the end`);
  }
  const kept = lines.filter((l) => l.text !== '' && !(String(l.line) in e.removed));
  let i = 0;
  if (e.titleSource === 'seed') {
    if (kept[i]?.text !== e.title) problems.push(`first kept line ${kept[i]?.line} is not the title`);
    i++;
  }
  if (e.standfirst !== null) {
    if (kept[i]?.text !== e.standfirst) problems.push(`kept line ${kept[i]?.line} is not the standfirst`);
    i++;
  }
  for (const { line, text } of kept.slice(i)) {
    if (text === queue.paragraph[0]) queue.paragraph.shift();
    else if (text === queue.subheading[0]) queue.subheading.shift();
    else if (queue.caption[0] !== undefined && text.includes(queue.caption[0])) queue.caption.shift();
    else problems.push(`line ${line} is neither removed nor the next paragraph, crosshead or caption`);
  }
  for (const [kind, left] of Object.entries(queue)) {
    for (const text of left) problems.push(`expected ${kind} not found in order: "${text.slice(0, 60)}"`);
  }
  return problems;
}

describe('outlet corpus: the fixtures themselves', () => {
  test('has at least 40 cases from at least 25 outlets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const outlets = new Set(cases.map((c) => c.expected.outlet).filter((o) => o !== null));
    expect(outlets.size).toBeGreaterThanOrEqual(25);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s: every line is accounted for', (_, c) => {
    expect(accountLines(c.input, c.expected)).toEqual([]);
    if (c.expected.dateLine !== null) expect(c.expected.removed[String(c.expected.dateLine)]).toMatch(/^(timestamp|byline)$/);
    if (c.expected.date === null) expect(c.expected.datePrecision).toBe('unknown');
    expect(c.expected.paragraphs.length).toBeGreaterThanOrEqual(4);
  });
});

describe('outlet corpus: the ingest reads each article as a reader would', () => {
  beforeAll(() => {
    const context = editorialContext();
    for (const c of cases) results.set(c.name, build(c, context));
  }, 120_000);

  test.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const actual = resultOf(c);
    if (actual instanceof Error) throw new Error(`${name}: the ingest refused the article: ${actual.message}`);
    const e = c.expected;
    expect.soft(actual.outlet, `${name}: publication`).toEqual(e.outlet);
    expect.soft(actual.titleSource, `${name}: titleSource`).toEqual(e.titleSource);
    if (e.titleSource === 'derived') {
      expect.soft(String(actual.title), `${name}: derived title`).toMatch(new RegExp(`^${escape(openingWords(e.paragraphs))}`));
    } else {
      expect.soft(actual.title, `${name}: title`).toEqual(e.title);
    }
    for (const field of ['standfirst', 'byline', 'date', 'datePrecision', 'dateLine', 'truncated'] as const) {
      expect.soft(actual[field], `${name}: ${field}`).toEqual(e[field]);
    }
    expect.soft(actual.removed, `${name}: removed lines (line -> rule)`).toEqual(e.removed);
    for (const field of ['paragraphs', 'subheadings', 'captions'] as const) {
      expect.soft(actual[field], `${name}: ${field}`).toEqual(e[field]);
    }
  });

  test('summary: per-field scores', () => {
    const table = scoreCorpus(cases, resultOf);
    console.log(`outlet corpus, ${cases.length} articles:\n${table}`);
    expect(table).toContain('headlines');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per-field scores across the corpus, one line per field, e.g. "headlines   12/40". */
function scoreCorpus(all: readonly Case[], get: (c: Case) => Actual | Error): string {
  const score = { headlines: 0, publishers: 0, dates: 0, bylines: 0, standfirsts: 0, truncation: 0 };
  let removedRight = 0, removedOtherRule = 0, removedTotal = 0, removedWrongly = 0, parasRight = 0, parasTotal = 0, refused = 0;
  for (const c of all) {
    const a = get(c);
    const e = c.expected;
    removedTotal += Object.keys(e.removed).length;
    parasTotal += e.paragraphs.length;
    if (a instanceof Error) { refused++; continue; }
    const titleRight = e.titleSource === 'derived'
      ? a.titleSource === 'derived' && String(a.title).startsWith(openingWords(e.paragraphs))
      : a.titleSource === e.titleSource && a.title === e.title;
    if (titleRight) score.headlines++;
    if (a.outlet === e.outlet) score.publishers++;
    if (a.date === e.date && a.datePrecision === e.datePrecision && a.dateLine === e.dateLine) score.dates++;
    if (a.byline === e.byline) score.bylines++;
    if (a.standfirst === e.standfirst) score.standfirsts++;
    if (a.truncated === e.truncated) score.truncation++;
    for (const [line, rule] of Object.entries(a.removed)) {
      if (e.removed[line] === rule) removedRight++;
      else if (line in e.removed) removedOtherRule++;
      else removedWrongly++;
    }
    const got = Array.isArray(a.paragraphs) ? (a.paragraphs as unknown[]) : [];
    parasRight += e.paragraphs.filter((p) => got.includes(p)).length;
  }
  const n = all.length;
  return [
    ...Object.entries(score).map(([field, right]) => `  ${field.padEnd(22)} ${right}/${n}`),
    `  ${'removed lines (rule)'.padEnd(22)} ${removedRight}/${removedTotal}, ${removedOtherRule} under another rule`,
    `  ${'journalism removed'.padEnd(22)} ${removedWrongly} lines`,
    `  ${'paragraphs kept'.padEnd(22)} ${parasRight}/${parasTotal}`,
    `  ${'refused by the ingest'.padEnd(22)} ${refused}/${n}`,
  ].join('\n');
}
