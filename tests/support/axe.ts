import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Makes axe-core available on every page the context opens. Playwright injects init
 * scripts through the DevTools protocol, which the page's CSP does not govern, so the
 * page is checked exactly as readers get it: with its CSP and styles in force.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** Runs axe on the loaded page; one line per violating element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (opts) =>
      (
        window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }
      ).axe.run(document, opts),
    options,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`,
    ),
  );
}
