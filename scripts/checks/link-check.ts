import { type HtmlElement, htmlElements } from '../site/html-elements.ts';
import { refreshTarget } from '../site/redirect-stub.ts';
import { fileForUrlPath, urlPathOf } from '../site/site-files.ts';

/**
 * The link gate: every internal href, src, srcset, #fragment (and redirect page target) of a built site must
 * resolve, and every link to another host must carry rel="noopener". Pure: it takes the
 * site's files as data. Linear in site size: each page is parsed once, its ids indexed
 * once, then every link is a set lookup.
 */
export interface SiteSnapshot {
  /** Markup of every HTML page, by site-relative file (`articles/x/index.html`). */
  pages: ReadonlyMap<string, string>;
  /** Every file of the site, HTML or not, site-relative. */
  files: ReadonlySet<string>;
  /** Origins that are this site, e.g. the canonical `http://localhost:4321`: absolute links to them are internal. */
  siteOrigins?: readonly string[];
}

export interface LinkProblem {
  /** The site-relative file the link is in. */
  page: string;
  line: number;
  /** `a[href]`, `img[srcset]`, … */
  where: string;
  url: string;
  problem: string;
}

interface FoundLink {
  element: HtmlElement;
  attribute: string;
  url: string;
}

/** A stand-in origin for resolving root-relative links; never fetched. */
const LOCAL = 'http://site.invalid';
const URL_ATTRIBUTES = ['href', 'src', 'poster'];

/** The URLs of a srcset, split as the HTML standard does (a URL may itself contain commas). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    const start = i;
    while (i < srcset.length && !isSpace(srcset[i])) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors ("2x", "640w") up to the next comma outside parentheses.
      let depth = 0;
      for (; i < srcset.length; i++) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === ',' && depth <= 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

function linksOf(element: HtmlElement): FoundLink[] {
  const links: FoundLink[] = [];
  for (const attribute of URL_ATTRIBUTES) {
    const value = element.attrs.get(attribute);
    if (value !== undefined) links.push({ element, attribute, url: value.trim() });
  }
  const srcset = element.attrs.get('srcset');
  if (srcset !== undefined)
    for (const url of srcsetUrls(srcset)) links.push({ element, attribute: 'srcset', url });
  if (element.tagName === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
    const target = refreshTarget(element.attrs.get('content') ?? '');
    if (target !== null) links.push({ element, attribute: 'content', url: target.trim() });
  }
  return links;
}

function fragmentOf(url: URL): string | null {
  if (url.hash === '' || url.hash === '#') return null;
  const raw = url.hash.slice(1);
  if (raw.startsWith(':~:')) return null; // a text fragment, not an id
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A page's link targets (ids and `<a name>`) and its links, from one parse. */
function indexPage(html: string): { ids: Set<string>; links: FoundLink[] } {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  for (const element of htmlElements(html)) {
    const id = element.attrs.get('id');
    if (id) ids.add(id);
    const name = element.attrs.get('name');
    if (element.tagName === 'a' && name) ids.add(name);
    links.push(...linksOf(element));
  }
  return { ids, links };
}

/** The site's files and every page's ids, which internal links must find. */
interface LinkTargets {
  files: ReadonlySet<string>;
  idsByFile: ReadonlyMap<string, Set<string>>;
  /** Origins that are this site, besides the stand-in for root-relative links. */
  origins: ReadonlySet<string>;
}

/** What is wrong with a link to another host, if anything: it must not give it the opener. */
function externalProblem({ element }: FoundLink): string | null {
  const rel = (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
  const opens = element.tagName === 'a' || element.tagName === 'area';
  return opens && !rel.includes('noopener') ? 'external link without rel="noopener"' : null;
}

/** What is wrong with a link within the site, if anything: its file and its #fragment must exist. */
function internalProblem(resolved: URL, targets: LinkTargets): string | null {
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    return 'undecodable path';
  }
  const target = fileForUrlPath(path);
  if (target === null || !targets.files.has(target)) {
    if (target !== null && targets.files.has(`${target}/index.html`)) {
      return `missing trailing slash (the host redirects to ${path}/)`;
    }
    return 'broken link: no such file in the site';
  }
  const fragment = fragmentOf(resolved);
  const ids = targets.idsByFile.get(target);
  if (fragment !== null && ids && !ids.has(fragment) && fragment !== 'top') {
    return `missing anchor: no id="${fragment}" on ${urlPathOf(target)}`;
  }
  return null;
}

/** What is wrong with one link of a page at `base`, or null when it resolves. */
function linkProblem(link: FoundLink, base: URL, targets: LinkTargets): string | null {
  if (link.url === '') return 'empty URL';
  let resolved: URL;
  try {
    resolved = new URL(link.url, base);
  } catch {
    return 'not a valid URL';
  }
  if (resolved.protocol === 'javascript:') {
    return 'javascript: URL (runs script; breaks without JavaScript and under the CSP)';
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null; // mailto:, tel:, data:
  const internal = resolved.origin === LOCAL || targets.origins.has(resolved.origin);
  return internal ? internalProblem(resolved, targets) : externalProblem(link);
}

/**
 * Every problem with the site's links, page by page: each page parsed once, then every link
 * is a lookup in the files and ids.
 * @example checkLinks({ pages, files }).map(formatLinkProblem)
 */
export function checkLinks(site: SiteSnapshot): LinkProblem[] {
  const idsByFile = new Map<string, Set<string>>();
  const linksByFile = new Map<string, FoundLink[]>();
  // One pass over each page: its ids (and <a name> targets) and its links.
  for (const [file, html] of site.pages) {
    const { ids, links } = indexPage(html);
    idsByFile.set(file, ids);
    linksByFile.set(file, links);
  }
  const origins = new Set((site.siteOrigins ?? []).map((o) => new URL(o).origin));
  const targets: LinkTargets = { files: site.files, idsByFile, origins };

  const problems: LinkProblem[] = [];
  for (const [file, links] of linksByFile) {
    const base = new URL(urlPathOf(file), LOCAL);
    for (const link of links) {
      const problem = linkProblem(link, base, targets);
      if (problem === null) continue;
      const { element, attribute, url } = link;
      const where = `${element.tagName}[${attribute}]`;
      problems.push({ page: file, line: element.attrLine(attribute), where, url, problem });
    }
  }
  return problems;
}

/** One line per problem, for test failure messages and the CLI. */
export function formatLinkProblem(p: LinkProblem): string {
  return `${p.page}:${p.line}: ${p.where} "${p.url}": ${p.problem}`;
}
