import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium; `npx playwright install` cannot download browsers on our machines. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no outside network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/**
 * One Chromium and one page for a whole test file, closed after it: registers the
 * hooks and hands both to `bind` once launched.
 * @example let page: Page; useChromium((_, p) => { page = p; });
 */
export function useChromium(bind: (browser: Browser, page: Page) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    bind(browser, await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });
}
