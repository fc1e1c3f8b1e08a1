import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPageHead } from './site-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (name: string, html: string) => {
  writeFileSync(join(dir, name), html);
  return join(dir, name);
};

describe('readPageHead', () => {
  test('stops at the end of the head: the body is never read', () => {
    const head = '<!doctype html><html><head><title>A</title></head>';
    expect(readPageHead(page('short.html', `${head}<body>${'x'.repeat(100_000)}</body>`))).toBe(
      head,
    );
  });

  test('a head longer than the first read is read whole', () => {
    const head = `<html><head><script type="application/ld+json">${'"é",'.repeat(20_000)}</script><meta name="x" content="end"></head>`;
    expect(readPageHead(page('long.html', `${head}<body><p>text</p></body>`))).toBe(head);
  });

  test('a page with no head end is returned whole', () => {
    const html = `<p>${'ü'.repeat(20_000)}</p>`;
    expect(readPageHead(page('none.html', html))).toBe(html);
  });
});
