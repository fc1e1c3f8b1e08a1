import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteCopy } from '../support/site-copy.ts';

/**
 * A new seed carrying HTML and <script> is dropped beside the real ones and the
 * site rebuilt: the markup must show as text and nothing in it may run.
 */
let server: { url: string };
let browser: Browser;
useSiteCopy(
  () => ({ extraSeeds: { '900_hostile.txt': 'tests/fixtures/ingest/html-in-text/input.txt' } }),
  (site) => {
    server = site;
    browser = site.browser;
  },
);

describe('a seed with HTML and <script> in its text', () => {
  test('shows the markup as text and runs none of it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(
      `${server.url}/articles/labour-b-row-b-over-script-alert-headline-script/`,
    );
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');

    expect(await page.locator('h1').innerText()).toBe(
      'Labour <b>row</b> over <script>alert("headline")</script>',
    );
    expect(await page.locator('#p1').innerText()).toContain(
      'A paragraph with <script>document.title="owned"</script> and <img src=x onerror=alert(1)> in it.',
    );
    expect(await page.locator('#p2').innerText()).toContain(
      'Markdown-looking text: *not emphasis*, [not a link](http://example.com) and # not a heading.',
    );
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toBe('owned');
    // JSON-LD carries the headline as escaped data; only executable scripts matter here.
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((s) => s.map((e) => e.textContent ?? ''));
    expect(scripts.filter((code) => code.includes('owned') || code.includes('alert('))).toEqual([]);
    expect(await page.locator('main img, main b, .article-body a:not(.para-link)').count()).toBe(0);
  });

  test('its listing on the home page is text too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const link = page.locator(
      'a[href="/articles/labour-b-row-b-over-script-alert-headline-script/"]',
    );
    expect(await link.innerText()).toBe(
      'Labour <b>row</b> over <script>alert("headline")</script>',
    );
    expect(await page.locator('main script, main b').count()).toBe(0);
  });
});
