/**
 * The MP corpus: 30+ hand-written articles, 1997–2024, each with a hand-checked list of the
 * MPs it names. With the national register imported, detection must link no one wrongly and
 * at least 95 % of the MPs named. See tests/fixtures/mp-corpus/README.md.
 */
import { spawnSync } from 'node:child_process';
import { loadRegister } from '../../src/archive/register.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Registry } from '../../src/schemas/people.ts';
import { buildArticle, type EditorialContext } from '../../scripts/ingest/build-article.ts';
import { createPeopleDetector } from '../../scripts/ingest/detect-people.ts';
import { loadEditorial } from '../../scripts/ingest/seed-builder.ts';
import {
  type CorpusArticle,
  MP_CORPUS_DIR,
  namedInText,
  occurrences,
  readMpCorpus,
  resolveExpected,
} from '../support/mp-corpus.ts';

const DATASET = '../shared/registry/uk-commons.json';
const PARTIES_COMPLETE_UNTIL = '2019-01-31';
const RECALL_AT_LEAST = 0.95;
const corpus = readMpCorpus();

/** The merged register (editorial + imported) the ingest itself builds with. */
function loadMergedRegister(importedDir: string): Registry {
  return loadRegister({ importedDir }).registry;
}

function runImport(out: string): void {
  const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
  const args = [
    'scripts/registry-import.ts',
    DATASET,
    '--out',
    out,
    '--parties-complete-until',
    PARTIES_COMPLETE_UNTIL,
  ];
  const run = spawnSync(node, args, { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`registry import failed (${run.status}):\n${run.stderr}${run.stdout}`);
}

describe('the MP corpus fixtures', () => {
  test('has at least 30 articles over at least 8 years, each dated', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const article of corpus)
      expect(article.date, article.file).toMatch(/^(199[7-9]|20[0-2]\d)-\d{2}-\d{2}$/);
    expect(new Set(corpus.map((a) => a.date.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
  });

  test('names every expected MP in the text, in full or by surname', () => {
    const absent = corpus.flatMap((a) =>
      a.mps.filter((mp) => !namedInText(a.text, mp.name)).map((mp) => `${a.file}: ${mp.name}`),
    );
    expect(absent).toEqual([]);
  });

  test('contains every name that must link no one, and never also expects it', () => {
    const wrong = corpus.flatMap((a) =>
      a.notLinked
        .filter((name) => !a.text.includes(name) || a.mps.some((mp) => mp.name === name))
        .map((name) => `${a.file}: ${name}`),
    );
    expect(wrong).toEqual([]);
  });

  test('lists at least 150 different MPs by name and seat', () => {
    const pairs = new Set(corpus.flatMap((a) => a.mps.map((mp) => `${mp.name}|${mp.seat}`)));
    expect(pairs.size).toBeGreaterThanOrEqual(150);
  });
});

interface Outcome {
  article: CorpusArticle;
  expected: Map<string, string>;
  linked: Set<string>;
  wrong: string[];
  wronglyNamed: string[];
}

const datasetPresent = existsSync(DATASET);
if (!datasetPresent)
  console.warn(`mp-corpus: skipped: ${DATASET} is absent (a fresh clone); CI has it`);

(datasetPresent ? describe : describe.skip)(
  'detection on the MP corpus, with the national register',
  () => {
    let importedDir = '';
    let register: Registry;
    const fixtureErrors: string[] = [];
    const outcomes: Outcome[] = [];

    beforeAll(async () => {
      importedDir = mkdtempSync(join(tmpdir(), 'mp-corpus-'));
      runImport(importedDir);
      register = loadMergedRegister(importedDir);
      const editorial = await loadEditorial({
        facts: 'src/data/article-facts.json',
        publications: 'src/data/publications.json',
        topics: 'src/data/topics.json',
        registry: 'src/data',
      });
      const detector = createPeopleDetector(register);
      for (const article of corpus) outcomes.push(detect(article, editorial, detector));
      printTable(outcomes);
    }, 300_000);

    afterAll(() => {
      if (importedDir) rmSync(importedDir, { recursive: true, force: true });
    });

    function detect(
      article: CorpusArticle,
      editorial: EditorialContext,
      detector: EditorialContext['people'],
    ): Outcome {
      const expected = new Map<string, string>();
      for (const mp of article.mps) {
        const slug = resolveExpected(register, mp, article.date);
        if (typeof slug === 'string') expected.set(slug, mp.name);
        else fixtureErrors.push(`${article.file}: ${slug.error}`);
      }
      let paragraphs: readonly string[] = [];
      const context: EditorialContext = {
        ...editorial,
        facts: {
          [article.file]: { date: { value: article.date, precision: 'day', evidence: 'fixture' } },
        },
        people: (input) => {
          paragraphs = input.paragraphs;
          return detector(input);
        },
      };
      const bytes = new TextEncoder().encode(article.text);
      const { data } = buildArticle(
        { path: join(MP_CORPUS_DIR, article.file), name: article.file, bytes },
        context,
      );
      const mentionText = (m: (typeof data.mentions)[number]) =>
        paragraphs[m.paragraph - 1]?.slice(m.start, m.end) ?? '';
      const wrong = data.mentions
        .filter((m) => !expected.has(m.person))
        .map(
          (m) =>
            `${article.file} ¶${m.paragraph}: "${mentionText(m)}" -> ${m.person}` +
            ` | ${paragraphs[m.paragraph - 1]}`,
        );
      const wronglyNamed = article.notLinked.flatMap((name) =>
        paragraphs.flatMap((text, i) =>
          occurrences(text, name)
            .filter((at) =>
              data.mentions.some(
                (m) => m.paragraph === i + 1 && m.start < at + name.length && at < m.end,
              ),
            )
            .map(() => `${article.file} ¶${i + 1}: "${name}" was linked`),
        ),
      );
      return {
        article,
        expected,
        linked: new Set(data.mentions.map((m) => m.person)),
        wrong,
        wronglyNamed,
      };
    }

    test('every expected MP is one person in the register (else a fixture error)', () => {
      expect(fixtureErrors).toEqual([]);
    });

    test('the corpus names at least 150 different MPs across at least 8 years', () => {
      expect(corpus.length).toBeGreaterThanOrEqual(30);
      expect(new Set(outcomes.flatMap((o) => [...o.expected.keys()])).size).toBeGreaterThanOrEqual(
        150,
      );
      expect(new Set(corpus.map((a) => a.date.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
    });

    test('links no one wrongly', () => {
      expect(outcomes.flatMap((o) => o.wrong)).toEqual([]);
    });

    test(`links at least ${RECALL_AT_LEAST * 100} % of the MPs named`, () => {
      const missed = outcomes.flatMap((o) =>
        [...o.expected]
          .filter(([slug]) => !o.linked.has(slug))
          .map(([slug, name]) => `${o.article.file}: ${name} (${slug})`),
      );
      const total = outcomes.reduce((n, o) => n + o.expected.size, 0);
      if (missed.length > 0)
        console.log(`mp-corpus: missed ${missed.length} of ${total}:\n  ${missed.join('\n  ')}`);
      expect((total - missed.length) / total).toBeGreaterThanOrEqual(RECALL_AT_LEAST);
    });

    test('names that are no MP on the date link no one', () => {
      expect(outcomes.flatMap((o) => o.wronglyNamed)).toEqual([]);
    });
  },
);

function printTable(outcomes: readonly Outcome[]): void {
  const rows = outcomes.map((o) => {
    const found = [...o.expected.keys()].filter((slug) => o.linked.has(slug)).length;
    const cells = [
      o.article.file.padEnd(44),
      o.article.date,
      `${found}/${o.expected.size}`.padStart(6),
    ];
    return [
      ...cells,
      String(o.wrong.length).padStart(5),
      String(o.wronglyNamed.length).padStart(8),
    ].join('  ');
  });
  const header = ['article'.padEnd(44), 'date      ', 'linked', 'wrong', 'notLinked'].join('  ');
  console.log(`mp-corpus: per article\n${header}\n${rows.join('\n')}`);
}
