import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds } from '../../tests/support/ingest-cli.ts';
import { readArticleRecordFile } from './records.ts';

describe('readArticleRecordFile', () => {
  let file = '';
  let original = '';

  beforeAll(() => {
    const { seeds, out } = scratchWithSeeds();
    expect(runIngest(seeds, out).status).toBe(0);
    file = join(out, readdirSync(out)[0]!);
    original = readFileSync(file, 'utf8');
  });

  test('reads the same record on every read (the second is not checked again, and gives the same)', () => {
    writeFileSync(file, original);
    const first = readArticleRecordFile(file);
    expect(first.data.mentions.length).toBeGreaterThan(0);
    expect(readArticleRecordFile(file)).toEqual(first);
  });

  test('a file that changes after it was read is checked again', () => {
    writeFileSync(file, original);
    readArticleRecordFile(file);
    writeFileSync(file, original.replace(/"wordCount": \d+/, '"wordCount": "many"'));
    expect(() => readArticleRecordFile(file)).toThrow(`${file}: frontmatter wordCount:`);
  });

  test('a record with a field the schema does not know reads without it, every time', () => {
    writeFileSync(file, original.replace('{\n', '{\n"unexpected": 1,\n'));
    const first = readArticleRecordFile(file);
    expect(first.data).not.toHaveProperty('unexpected');
    expect(readArticleRecordFile(file).data).not.toHaveProperty('unexpected');
  });
});
