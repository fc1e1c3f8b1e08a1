import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, installAxe } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { PagePool } from '../support/page-pool.ts';

/**
 * Gate 3, accessibility: axe-core's WCAG 2.2 AA rules find nothing on any built page,
 * in the light colour scheme or the dark one. Each page loads once and is checked in
 * both schemes (only the emulated media changes). Redirect pages send the browser on
 * at once; the pages they lead to are checked in their own right.
 */
const site = builtSite();
let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ colorScheme: 'light' });
  await installAxe(context);
  pool = await PagePool.open(context);
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('axe finds no WCAG A/AA violation', () => {
  test.each(site.readablePages.map((p) => [p.urlPath, p] as const))(
    '%s, light and dark',
    async (_path, sitePage) => {
      const found = await pool.use(async (page) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(site.urlOf(sitePage), { waitUntil: 'load' });
        const light = await axeViolations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axeViolations(page);
        return { light, dark };
      });
      expect(found).toEqual({ light: [], dark: [] });
    },
  );
});
