import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry } from '../../src/search/pagefind/bundle.ts';
import { chunkDirectory, type DirectoryChunkRef } from '../../src/search/parts/directory.ts';
import {
  type FilterDirectory,
  MANIFEST_PATH,
  MANIFEST_VERSION,
  PEOPLE_BUNDLE_PATH,
  type SearchPartsManifest,
} from '../../src/search/parts/manifest.ts';
import { encodePartSet } from '../../src/search/parts/part-set.ts';
import type { PlannedPart } from '../../src/search/parts/plan.ts';
import { compareCodePoints } from '../../src/lib/order.ts';
import type { ValueCount } from './counts.ts';

/**
 * The files the step writes beside Pagefind's bundles (src/search/parts/manifest.ts): the
 * filter file and the word directory's chunks, each named by a hash of its content so it can
 * be cached for ever, and the manifest that lists the parts and those files.
 */

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Writes every filter value's page count and parts, in code-point order; returns its file name. */
export function writeFilterFile(
  outDir: string,
  filterParts: ReadonlyMap<string, ReadonlyMap<string, ValueCount>>,
): string {
  const filterDirectory: FilterDirectory = {};
  for (const [name, byValue] of [...filterParts].sort(([a], [b]) => compareCodePoints(a, b))) {
    filterDirectory[name] = Object.fromEntries(
      [...byValue]
        .sort(([a], [b]) => compareCodePoints(a, b))
        .map(([value, { pages: count, parts: holding }]) => [
          value,
          [count, encodePartSet(holding)],
        ]),
    );
  }
  const filtersText = JSON.stringify(filterDirectory);
  const filtersFile = `filters-${shortHash(filtersText)}.json`;
  writeFileSync(join(outDir, filtersFile), filtersText);
  return filtersFile;
}

/** Writes the word directory's chunks under `words/`; returns them as the manifest lists them. */
export function writeWordDirectory(
  outDir: string,
  wordParts: ReadonlyMap<string, readonly number[]>,
): DirectoryChunkRef[] {
  const sortedWords = [...wordParts.keys()].sort();
  const chunks = chunkDirectory(
    (function* () {
      for (const word of sortedWords) yield [word, encodePartSet(wordParts.get(word)!)] as const;
    })(),
  );
  mkdirSync(join(outDir, 'words'), { recursive: true });
  return chunks.map((chunk) => {
    const file = `words/${shortHash(chunk.text)}.txt`;
    writeFileSync(join(outDir, file), chunk.text);
    return { first: chunk.first, file };
  });
}

/** Writes the manifest the search page reads first (`/pagefind/parts.json`). */
export function writeManifest(
  siteDir: string,
  parts: readonly PlannedPart[],
  words: DirectoryChunkRef[],
  filtersFile: string,
): void {
  // What Pagefind wrote into the people part's entry file: every part's is the same.
  const entry = bundleEntry(join(siteDir, PEOPLE_BUNDLE_PATH));
  const manifest: SearchPartsManifest = {
    version: MANIFEST_VERSION,
    pagefind: entry.version,
    includeCharacters: entry.includeCharacters,
    parts: parts.map((part, number) => ({
      id: part.id,
      label: part.label,
      kind: part.kind,
      from: part.from,
      to: part.to,
      pages: part.pages.length,
      bundle: number === 0 ? PEOPLE_BUNDLE_PATH : `${PEOPLE_BUNDLE_PATH}parts/${part.id}/`,
    })),
    words,
    filters: filtersFile,
  };
  writeFileSync(join(siteDir, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);
}
