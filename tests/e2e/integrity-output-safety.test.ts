import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/built-site.ts';
import {
  csvRows,
  FORMULA_START,
  feedProblems,
  INVISIBLE,
  jsonStrings,
} from '../support/output-safety.ts';

/**
 * Gate: what reads the site's files cannot be made to run the seeds' text. Every CSV cell
 * is safe to open in a spreadsheet, every feed is well-formed XML with no markup from the
 * seeds, and no built HTML, XML, JSON or CSV file holds a control, bidi or zero-width
 * character. Files are found by walking dist/, never listed by hand.
 */
const site = builtSite();
const read = (file: string) => readFileSync(join(site.distDir, file), 'utf8');
const ofType = (...extensions: string[]) =>
  site.files.filter((f) => extensions.some((e) => f.endsWith(e)));

describe('output safety over every built file', () => {
  test('the site has CSV files and feeds to check', () => {
    expect(ofType('.csv').length).toBeGreaterThan(0);
    expect(ofType('rss.xml').length).toBeGreaterThan(1);
  });

  test('no CSV cell starts like a spreadsheet formula', () => {
    const formulas: string[] = [];
    for (const file of ofType('.csv')) {
      csvRows(read(file)).forEach((row, r) => {
        for (const cell of row)
          if (FORMULA_START.test(cell)) formulas.push(`${file}:${r + 1}: ${cell.slice(0, 60)}`);
      });
    }
    expect(formulas).toEqual([]);
  });

  test('every feed is well-formed XML whose items a reader cannot render as markup', () => {
    const problems = ofType('.xml').flatMap((file) => {
      const xml = read(file);
      return file.endsWith('rss.xml') ? feedProblems(xml).map((p) => `${file}: ${p}`) : [];
    });
    expect(problems).toEqual([]);
  });

  test('no HTML, XML, JSON or CSV file holds a control, bidi or zero-width character', () => {
    const found: string[] = [];
    for (const file of ofType('.html', '.xml', '.json', '.csv', '.webmanifest')) {
      const text = read(file);
      const at = text.search(INVISIBLE);
      if (at !== -1) found.push(`${file}: U+${text.codePointAt(at)!.toString(16)} at ${at}`);
      else if (file.endsWith('.json')) {
        for (const s of jsonStrings(JSON.parse(text))) {
          if (INVISIBLE.test(s))
            found.push(`${file}: escaped U+${s.codePointAt(s.search(INVISIBLE))!.toString(16)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
