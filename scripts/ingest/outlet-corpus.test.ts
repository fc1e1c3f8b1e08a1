import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { loadEditorialRegistry } from '../../src/archive/register.ts';
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

/** What the ingest made of one fixture, in the expectation's terms (a missing field says so). */
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
    people: createPeopleDetector(loadEditorialRegistry()),
  };
}

/** A field the article record does not have yet, named in the diff rather than `undefined`. */
function missing(field: string): string {
  return `<no \`${field}\` in the ingest's output yet>`;
}

function pick(record: object, field: string): unknown {
  return field in record ? (record as Record<string, unknown>)[field] : missing(field);
}

/** Line -> rule for every line a removed record covers (a record of k lines covers k lines). */
function removedByLine(
  records: readonly { rule: string; line: number; text: string }[],
): Record<string, string> {
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

function describeActual(built: BuiltArticle, input: string): Actual {
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
    removed: { ...creditLines(built, input), ...removedByLine(data.removedBoilerplate) },
    truncated: pick(data, 'truncated'),
  };
}

/**
 * A credit line the ingest keeps as the credit of a picture's caption block ("Image source,
 * PA Media" above "Image caption, …") is set aside from the journalism just as a removed
 * `picture-credit` line is, so it counts as one. A caption with its credit glued on is a caption.
 */
function creditLines(built: BuiltArticle, input: string): Record<string, string> {
  const blocks = (built as { blocks?: unknown }).blocks;
  if (!Array.isArray(blocks)) return {};
  const lines = input.split('\n');
  const credits: Record<string, string> = {};
  for (const b of blocks as {
    kind: string;
    line: number;
    credit?: string | null;
    caption?: string | null;
  }[]) {
    const text = lines[b.line - 1] ?? '';
    const creditOnly = b.caption === null || b.caption === undefined || !text.includes(b.caption);
    if (b.kind === 'caption' && b.credit && text.includes(b.credit) && creditOnly) {
      credits[String(b.line)] = 'picture-credit';
    }
  }
  return credits;
}

/** Builds one fixture as the ingest builds a seed; an ingest error is a result, not a crash. */
function build(c: Case, context: EditorialContext): Actual | Error {
  const bytes = Buffer.from(c.input, 'utf8');
  try {
    const seed = { path: `seeds/${c.name}.txt`, name: `${c.name}.txt`, bytes };
    return describeActual(buildArticle(seed, context), c.input);
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
function accountLines(input: string, e: Expected): string[] {
  const problems: string[] = [];
  const queue = {
    paragraph: [...e.paragraphs],
    subheading: [...e.subheadings],
    caption: [...e.captions],
  };
  const lines = input.split('\n').map((text, i) => ({ line: i + 1, text: text.trim() }));
  for (const key of Object.keys(e.removed)) {
    const line = lines[Number(key) - 1];
    if (!line || line.text === '') problems.push(`removed line ${key} is blank or past the end`);
  }
  const kept = lines.filter((l) => l.text !== '' && !(String(l.line) in e.removed));
  let i = 0;
  if (e.titleSource === 'seed') {
    if (kept[i]?.text !== e.title)
      problems.push(`first kept line ${kept[i]?.line} is not the title`);
    i++;
  }
  if (e.standfirst !== null) {
    if (kept[i]?.text !== e.standfirst)
      problems.push(`kept line ${kept[i]?.line} is not the standfirst`);
    i++;
  }
  for (const { line, text } of kept.slice(i)) {
    if (text === queue.paragraph[0]) queue.paragraph.shift();
    else if (text === queue.subheading[0]) queue.subheading.shift();
    else if (queue.caption[0] !== undefined && text.includes(queue.caption[0]))
      queue.caption.shift();
    else
      problems.push(`line ${line} is neither removed nor the next paragraph, crosshead or caption`);
  }
  for (const [kind, left] of Object.entries(queue)) {
    for (const text of left)
      problems.push(`expected ${kind} not found in order: "${text.slice(0, 60)}"`);
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
    if (c.expected.dateLine !== null)
      expect(c.expected.removed[String(c.expected.dateLine)]).toMatch(/^(timestamp|byline)$/);
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
    if (actual instanceof Error)
      throw new Error(`${name}: the ingest refused the article: ${actual.message}`);
    // One diff per article: only the fields the ingest got wrong show as - / + lines.
    expect(
      comparable(actual),
      `${name}: the ingest's reading differs from the hand-checked one`,
    ).toEqual(comparable(c.expected, actual));
  });

  test('summary: per-field scores', () => {
    const table = scoreCorpus(cases, resultOf);
    console.log(`outlet corpus, ${cases.length} articles:\n${table}`);
    expect(table).toContain('headlines');
  });
});

/**
 * The fields a case is judged on, in one object so a failure is one readable diff. A derived
 * title is right when it starts with the opening words, so the expectation then takes the
 * ingest's own title (and otherwise says what it should have started with).
 */
function comparable(e: Expected | Actual, actual?: Actual): Record<string, unknown> {
  const { outlet, titleSource, standfirst, byline, date, datePrecision, dateLine } = e;
  const { truncated, removed, paragraphs, subheadings, captions } = e;
  let title = e.title;
  if (actual && e.titleSource === 'derived') {
    const opening = openingWords(e.paragraphs as string[]);
    title = String(actual.title).startsWith(opening) ? actual.title : `<starts with "${opening}">`;
  }
  return {
    outlet,
    title,
    titleSource,
    standfirst,
    byline,
    date,
    datePrecision,
    dateLine,
    truncated,
    removed,
    paragraphs,
    subheadings,
    captions,
  };
}

/** Whether each judged field of one article is right, for the corpus summary. */
function fieldsRight(e: Expected, a: Actual): Record<string, boolean> {
  const derivedRight =
    a.titleSource === 'derived' && String(a.title).startsWith(openingWords(e.paragraphs));
  return {
    headlines:
      e.titleSource === 'derived'
        ? derivedRight
        : a.titleSource === e.titleSource && a.title === e.title,
    publishers: a.outlet === e.outlet,
    dates: a.date === e.date && a.datePrecision === e.datePrecision && a.dateLine === e.dateLine,
    bylines: a.byline === e.byline,
    standfirsts: a.standfirst === e.standfirst,
    truncation: a.truncated === e.truncated,
  };
}

/** Per-field scores across the corpus, one line per field, e.g. "headlines   12/40". */
function scoreCorpus(all: readonly Case[], get: (c: Case) => Actual | Error): string {
  const right: Record<string, number> = {};
  const lines = { right: 0, otherRule: 0, expected: 0, journalism: 0 };
  const paragraphs = { kept: 0, expected: 0 };
  let refused = 0;
  for (const c of all) {
    const a = get(c);
    const e = c.expected;
    lines.expected += Object.keys(e.removed).length;
    paragraphs.expected += e.paragraphs.length;
    if (a instanceof Error) {
      refused++;
      continue;
    }
    for (const [field, ok] of Object.entries(fieldsRight(e, a)))
      right[field] = (right[field] ?? 0) + (ok ? 1 : 0);
    for (const [line, rule] of Object.entries(a.removed)) {
      if (e.removed[line] === rule) lines.right++;
      else if (line in e.removed) lines.otherRule++;
      else lines.journalism++;
    }
    const got = Array.isArray(a.paragraphs) ? (a.paragraphs as unknown[]) : [];
    paragraphs.kept += e.paragraphs.filter((p) => got.includes(p)).length;
  }
  const row = (label: string, value: string): string => `  ${label.padEnd(22)} ${value}`;
  return [
    ...Object.entries(right).map(([field, n]) => row(field, `${n}/${all.length}`)),
    row(
      'removed lines (rule)',
      `${lines.right}/${lines.expected}, ${lines.otherRule} under another rule`,
    ),
    row('journalism removed', `${lines.journalism} lines`),
    row('paragraphs kept', `${paragraphs.kept}/${paragraphs.expected}`),
    row('refused by the ingest', `${refused}/${all.length}`),
  ].join('\n');
}
