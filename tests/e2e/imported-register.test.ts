import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRegister } from '../../src/archive/register.ts';
import type { Person } from '../../src/schemas/people.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { PARTY_NOT_RECORDED } from '../../src/lib/person-at.ts';
import { readIngestedArticles, type IngestedArticle } from '../support/articles.ts';
import { pagefindSearch } from '../support/search.ts';
import { useSiteCopy } from '../support/site-copy.ts';

/**
 * The national register on the site: two articles of the MP corpus (one from before the
 * register's party records end, one after) are dropped beside the seeds and a copy of the
 * archive built with the imported register. The MPs they name whom only the register knows
 * get pages with the register's sourced facts; MPs no article names get none; a party the
 * register does not record on an article's date is said to be not recorded, never guessed;
 * and search finds those MPs by name, seat and role, as it finds the editorial registry's.
 */
const REGISTER = 'src/data/imported/register.json';
const EXTRA = {
  '950_coalition-cabinet-2010.txt': 'tests/fixtures/mp-corpus/015-coalition-cabinet-2010.txt',
  '951_reshuffle-2020.txt': 'tests/fixtures/mp-corpus/029-reshuffle-2020.txt',
};

const hasRegister = existsSync(REGISTER);
if (!hasRegister) {
  test.skip(`the national register on the site: skipped, ${REGISTER} is absent (npm test imports ../shared/registry/ when it exists)`, () => {});
}

describe.runIf(hasRegister)('MPs only the national register knows', () => {
  let url = '';
  let browser: Browser;
  let distDir = '';
  let page: Page;
  let articles: IngestedArticle[] = [];
  useSiteCopy(
    () => ({ extraSeeds: EXTRA, searchIndex: true }),
    (site) => ({ url, browser, distDir } = site),
  );
  const loaded = hasRegister ? loadRegister() : null;
  const editorial = new Set(
    hasRegister ? loadRegister({ importedDir: '' }).registry.people.map((p) => p.slug) : [],
  );
  const bySlug = new Map((loaded?.registry.people ?? []).map((p) => [p.slug, p]));
  const seatName = (slug: string) =>
    loaded!.registry.constituencies.find((c) => c.slug === slug)!.name;

  beforeAll(async () => {
    page = await browser.newPage();
    articles = readIngestedArticles(join(dirname(distDir), 'src/content/articles')).filter(
      (a) => a.data.sourceFile in EXTRA,
    );
  });
  afterAll(async () => {
    await page?.close();
  });

  /** People the extra articles link whom only the register knows. */
  const importedOnly = (): Person[] =>
    [...new Set(articles.flatMap((a) => a.data.people))]
      .filter((s) => !editorial.has(s))
      .map((s) => bySlug.get(s)!);

  test('the two articles link MPs whom only the register knows', () => {
    expect(articles.map((a) => a.data.sourceFile).sort()).toEqual(Object.keys(EXTRA).sort());
    expect(importedOnly().length).toBeGreaterThanOrEqual(10);
  });

  test('each has a page with its seats from the register, sourced, and MPs no article names have none', async () => {
    for (const person of importedOnly()) {
      const response = await page.goto(`${url}/people/${person.slug}/`);
      expect(response?.status(), person.slug).toBe(200);
      const seats = await page.locator('#seats + ul').innerText();
      for (const seat of person.seats ?? [])
        expect(seats, person.slug).toContain(seatName(seat.constituency));
      expect(await page.locator('.profile').innerText()).toContain(
        'TheyWorkForYou register, imported',
      );
    }
    const named = new Set(articles.flatMap((a) => a.data.people));
    const unnamed = (loaded?.registry.people ?? [])
      .filter((p) => !named.has(p.slug) && !editorial.has(p.slug))
      .slice(0, 20);
    for (const person of unnamed)
      expect(existsSync(join(distDir, 'people', person.slug)), person.slug).toBe(false);
  });

  test('after the register stops recording parties, an MP’s party on the article’s date is “not recorded”', async () => {
    const after = articles.find((a) => a.data.date! > loaded!.imported!.partiesCompleteUntil!)!;
    await page.goto(`${url}/articles/${after.data.slug}/`);
    const people = await page.locator('.people-in-article').innerText();
    const sunak = importedOnly().find(
      (p) => after.data.people.includes(p.slug) && p.name === 'Rishi Sunak',
    )!;
    expect(people).toContain(`Rishi Sunak: `);
    expect(people).toContain(
      `MP for ${seatName(sunak.seats![0]!.constituency)} (${PARTY_NOT_RECORDED})`,
    );
    expect(people).not.toMatch(/Rishi Sunak: [^\n]*Conservative/);
    await page.goto(`${url}/people/${sunak.slug}/`);
    const until = formatPartialDate(loaded!.imported!.partiesCompleteUntil!);
    expect(await page.locator('#seats + ul').innerText()).toContain(
      `After ${until}: party not recorded by the sources`,
    );
    // A post still open where the register's records stop is not given that day as its end.
    const open = sunak.roles.filter((r) => r.toIsRecordEnd);
    expect(open.length).toBeGreaterThan(0);
    const roles = await page.locator('#roles + ul').innerText();
    for (const role of open)
      expect(roles).toContain(
        `${role.title}, from ${formatPartialDate(role.from!)}, still held on ${formatPartialDate(role.to!)}`,
      );
  });

  test('before then, the party the register records is shown', async () => {
    const before = articles.find((a) => a.data.date! <= loaded!.imported!.partiesCompleteUntil!)!;
    await page.goto(`${url}/articles/${before.data.slug}/`);
    const people = await page.locator('.people-in-article').innerText();
    expect(people).not.toContain(PARTY_NOT_RECORDED);
    const parties = loaded!.registry.parties.map((p) => p.shortName).join('|');
    const lines = people.split('\n');
    const mps = importedOnly().filter(
      (p) => before.data.people.includes(p.slug) && (p.seats ?? []).length > 0,
    );
    expect(mps.length).toBeGreaterThan(0);
    for (const mp of mps) {
      const line = lines.find((l) => l.startsWith(`${mp.name}: `)) ?? '';
      if (line.includes('MP for')) expect(line).toMatch(new RegExp(`(?:${parties}) MP for `));
    }
  });

  test('/mps/ lists them with the party on their articles’ dates', async () => {
    await page.goto(`${url}/mps/`);
    const rows = await page.locator('table.mps tbody tr').allInnerTexts();
    for (const person of importedOnly().filter((p) => (p.seats ?? []).length > 0)) {
      expect(
        rows.some((r) => r.includes(person.name)),
        person.name,
      ).toBe(true);
    }
    expect(rows.find((r) => r.includes('Rishi Sunak'))).toContain(PARTY_NOT_RECORDED);
  });

  test('search finds each by name, by a seat and by a role they held', async () => {
    await page.goto(`${url}/`);
    for (const person of importedOnly()) {
      const target = `/people/${person.slug}/`;
      const seat = person.seats?.[0];
      const role = person.roles.at(-1);
      const queries = [
        person.name,
        ...(seat ? [seatName(seat.constituency)] : []),
        ...(role ? [role.title] : []),
      ];
      for (const query of queries) {
        const { hits } = await pagefindSearch(page, distDir, query, { limit: 50, scope: 'people' });
        expect(
          hits.map((h) => h.url),
          `"${query}" should find ${target}`,
        ).toContain(target);
      }
    }
  });
});
