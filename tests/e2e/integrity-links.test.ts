import { expect, test } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../scripts/checks/link-check.ts';
import { builtSite, canonicalOrigin } from '../support/built-site.ts';

/**
 * Gate 1, links: every href, src, srcset and #fragment on every built page (and every
 * redirect page's target) resolves to a file and an id that exist; links to other hosts
 * carry rel="noopener".
 */
const site = builtSite();

test('every internal link and anchor of every built page resolves', () => {
  const origin = canonicalOrigin(site.distDir);
  const problems = checkLinks({
    pages: site.html,
    files: new Set(site.files),
    siteOrigins: origin ? [origin] : [],
  });
  expect(problems.map(formatLinkProblem), `${site.pages.length} pages checked`).toEqual([]);
  expect(site.pages.length).toBeGreaterThan(1);
});
