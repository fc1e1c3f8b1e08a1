/**
 * Screenshots pages of a running site for a person to look at:
 *   node scripts/dev/screenshot.ts http://127.0.0.1:4321 /path/ [/other/] --out /tmp/shots
 * Each page at phone (375 px) and desktop (1280 px) widths, light and dark.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/support/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: '/tmp/shots' },
    'viewport-only': { type: 'boolean', default: false },
  },
});
const [base, ...paths] = positionals;
if (!base || paths.length === 0)
  throw new Error('usage: screenshot.ts BASE_URL PATH... [--out DIR]');
await mkdir(values.out, { recursive: true });
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const [label, width] of [
    ['phone', 375],
    ['desktop', 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(new URL(path, base).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${values.out}/${name}`, fullPage: !values['viewport-only'] });
      console.log(`${values.out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
