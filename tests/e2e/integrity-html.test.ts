import { readFileSync } from 'node:fs';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/built-site.ts';

/**
 * Gate 2, validity: every built page passes html-validate with the committed
 * .htmlvalidate.json (loaded explicitly, so a build outside the tree gets the same rules).
 * Redirect pages are Astro's fixed template, checked by the link gate instead.
 */
const site = builtSite();
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('every built page is valid HTML', () => {
  test('the config keeps the recommended rules and disables none', () => {
    expect(config.extends).toContain('html-validate:recommended');
    const off = Object.entries(config.rules ?? {}).filter(
      ([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)),
    );
    expect(off).toEqual([]);
  });

  test.each(site.readablePages.map((p) => [p.urlPath, p.file]))('%s', async (_path, file) => {
    const report = await validator.validateString(site.html.get(file)!, file);
    const messages = report.results.flatMap((r) =>
      r.messages.map(
        (m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
      ),
    );
    expect(messages).toEqual([]);
  });
});
