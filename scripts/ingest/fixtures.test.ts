import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { articleFactsFileSchema, publicationsFileSchema } from '../../src/schemas/editorial.ts';
import { topicsFileSchema } from '../../src/schemas/topic.ts';
import { loadEditorialRegistry } from '../../src/archive/register.ts';
import { createPeopleDetector } from './detect-people.ts';
import { buildArticle } from './build-article.ts';
import { IngestError } from './errors.ts';

/**
 * Fixture tests for the whole per-seed ingest: each folder in tests/fixtures/ingest
 * holds a seed shape and the exact article file (or error) it must produce.
 * `UPDATE=1` rewrites the expectations; review the diff before committing.
 */
const root = join(import.meta.dirname, '../../tests/fixtures/ingest');
const publications = publicationsFileSchema.parse(
  JSON.parse(readFileSync('src/data/publications.json', 'utf8')),
);
const topics = compileTopicMatcher(
  topicsFileSchema.parse(JSON.parse(readFileSync('src/data/topics.json', 'utf8'))),
);
const people = createPeopleDetector(loadEditorialRegistry());
const update = process.env['UPDATE'] === '1';

describe('ingest fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  test('there are fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const { name } of cases) {
    test(name, () => {
      const dir = join(root, name);
      const factsFile = join(dir, 'facts.json');
      const facts = existsSync(factsFile)
        ? articleFactsFileSchema.parse(JSON.parse(readFileSync(factsFile, 'utf8')))
        : {};
      const seed = {
        path: `seeds/${name}.txt`,
        name: `${name}.txt`,
        bytes: readFileSync(join(dir, 'input.txt')),
      };
      let actual: { kind: 'md' | 'error'; text: string };
      try {
        actual = {
          kind: 'md',
          text: buildArticle(seed, { facts, publications, topics, people }).file,
        };
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        actual = { kind: 'error', text: `${error.message}\n` };
      }
      const expectedFile = join(dir, actual.kind === 'md' ? 'expected.md' : 'expected-error.txt');
      if (update) writeFileSync(expectedFile, actual.text);
      expect(
        existsSync(expectedFile),
        `${name}: produced ${actual.kind}, but ${expectedFile} is missing`,
      ).toBe(true);
      expect(actual.text).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
