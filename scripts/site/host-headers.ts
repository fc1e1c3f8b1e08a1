import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CspManifest, loadCspManifest, policyOf } from './csp.ts';
import { listSiteFiles } from './site-files.ts';

/**
 * The headers file a static host reads from the published folder (Netlify's and Cloudflare
 * Pages' `_headers` format): which response headers go with which paths. The build writes it
 * beside `_csp.json`, from the same policies; the preview server sends exactly what it names.
 *
 * Hosts differ on what happens when two rules that match one path both set a header
 * (Cloudflare Pages and others join the values with a comma; a joined pair of CSPs is two
 * policies, and the stricter one, without the page's hashes, would block its inline code).
 * So no header is ever set by two rules that match the same file: `/*` carries only the
 * headers every response shares, and each file's Content-Security-Policy and Cache-Control
 * come from exactly one other rule. The file then means the same on every host.
 */
export const HEADERS_FILE = '_headers';

/** A path pattern (an exact path, or one `*` matching any characters, `/` included) and its headers. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep, but ask again each time (the ETag makes asking cheap): pages change when the archive does. */
export const REVALIDATE = 'no-cache';

/**
 * What every response carries. Referrer-Policy stays at the browsers' default,
 * `strict-origin-when-cross-origin`: a page's address never leaves the site (an outlet a
 * reader follows a link to sees only the archive's origin), and nothing at all is sent from
 * HTTPS to HTTP. HSTS is ignored by browsers over plain HTTP (the preview server), and once
 * served over HTTPS binds every subdomain to HTTPS for a year (docs/deploy.md).
 */
export const COMMON_HEADERS: HeaderRule['headers'] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/**
 * Folders the site's pages never live in, written by tools whose file names are known, so
 * one rule each covers them whatever the build holds (Pagefind runs after this file is
 * written, and its part count grows with the archive's years).
 */
export const ASSET_DIRS = ['_astro', 'pagefind'];

/**
 * Caching inside the asset folders. Astro names every bundled file by a hash of its content.
 * Pagefind names its fragment, index, filter and meta files by the SHA-1 of their (unzipped)
 * content, and the search-index step names the word directory and filter file by a SHA-256
 * of theirs (scripts/search-index/build.ts); the rest keep their name when they change.
 */
const ASSET_CACHE: [path: string, cache: string][] = [
  ['/_astro/*', IMMUTABLE],
  ['/pagefind/*.pf_fragment', IMMUTABLE],
  ['/pagefind/*.pf_index', IMMUTABLE],
  ['/pagefind/*.pf_filter', IMMUTABLE],
  ['/pagefind/*.pf_meta', IMMUTABLE],
  ['/pagefind/words/*', IMMUTABLE],
  ['/pagefind/filters-*', IMMUTABLE],
  ['/pagefind/*.js', REVALIDATE],
  ['/pagefind/*.css', REVALIDATE],
  ['/pagefind/*.pagefind', REVALIDATE],
  ['/pagefind/*pagefind-entry.json', REVALIDATE],
  ['/pagefind/parts.json', REVALIDATE],
];

/** Files of the build a host never serves (it reads them). */
const NOT_SERVED = new Set([HEADERS_FILE]);

const SAFE_PATH_CHAR = /[A-Za-z0-9._~\-/]/;

/**
 * A site path as it goes into the file: letters, digits, `.`, `_`, `~`, `-` and `/` as they
 * are, anything else percent-encoded (UTF-8), so no name can carry a newline, a `*` or `:`
 * (a host's wildcard and placeholder) or anything else the format would read.
 * @example encodePath('/articles/a b/') // '/articles/a%20b/'
 */
export function encodePath(path: string): string {
  let out = '';
  for (const char of path) {
    if (SAFE_PATH_CHAR.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A header value of visible ASCII and inner spaces only: no CR, LF or other control character. */
const FIELD_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

function checkHeader(name: string, value: string): void {
  if (!TOKEN.test(name))
    throw new Error(`headers file: not a header name: ${JSON.stringify(name)}`);
  if (!FIELD_VALUE.test(value))
    throw new Error(
      `headers file: ${name} has a value a header cannot carry: ${JSON.stringify(value)}`,
    );
}

interface Folder {
  files: Map<string, string>;
  folders: Map<string, Folder>;
}

const newFolder = (): Folder => ({ files: new Map(), folders: new Map() });

/**
 * Images have no scripts or styles for a policy to govern (a social card, say): any policy
 * fits them, so they never split a folder's rule. Alone, or among files that differ, they get
 * the fallback.
 */
const ANY_POLICY = '';
const POLICY_NEUTRAL = /\.(?:png|jpe?g|webp|gif|ico)$/;

/** The one value every file under a folder shares, or null when they differ (or it holds none). */
function uniformValue(folder: Folder, memo: Map<Folder, string | null>): string | null {
  let value: string | null | undefined;
  const take = (v: string | null) => {
    if (v === ANY_POLICY) return;
    if (value === undefined) value = v;
    else if (value !== v) value = null;
  };
  for (const v of folder.files.values()) take(v);
  for (const sub of folder.folders.values()) take(uniformValue(sub, memo));
  const onlyImages = value === undefined && folder.files.size > 0;
  const result = onlyImages ? ANY_POLICY : (value ?? null);
  memo.set(folder, result);
  return result;
}

/**
 * The headers file for a built site: `files` is every file of the build (site-relative,
 * as `listSiteFiles` names them), `csp` the build's policies (`_csp.json`).
 *
 * - `/*`: COMMON_HEADERS, and nothing else.
 * - `/_astro/*` and `/pagefind/*`: the fallback policy; their Cache-Control by file name.
 * - Everything else: its own policy (a page's from `_csp.json`, the fallback for other
 *   files) and `Cache-Control: no-cache`, grouped as `/folder/*` where every file under the
 *   folder has the same policy (so a 404 under it gets what its neighbours get), else one
 *   rule per file (a page's `/x/` and `/x/index.html`). One rule per page at most, one pass.
 * @example renderHostHeaders(listSiteFiles('dist'), loadCspManifest('dist'))
 */
export function renderHostHeaders(files: Iterable<string>, csp: CspManifest): string {
  return formatRules(hostHeaderRules(files, csp));
}

/** The rules `renderHostHeaders` writes, in its order. */
export function hostHeaderRules(files: Iterable<string>, csp: CspManifest): HeaderRule[] {
  const rules = assetRules(csp);
  const root = policyTree(files, csp);
  const memo = new Map<Folder, string | null>();
  for (const sub of root.folders.values()) uniformValue(sub, memo);
  // The root is never one group: `/*` is the common rule's, and the asset folders have their own policy.
  emitPolicies(root, '/', memo, csp, rules);
  return rules;
}

/** The common headers, then the asset folders' policy and caching. */
function assetRules(csp: CspManifest): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: [...COMMON_HEADERS] }];
  rules.push({
    path: '/_astro/*',
    headers: [
      ['Content-Security-Policy', csp.fallback],
      ['Cache-Control', IMMUTABLE],
    ],
  });
  rules.push({ path: '/pagefind/*', headers: [['Content-Security-Policy', csp.fallback]] });
  for (const [path, cache] of ASSET_CACHE) {
    if (path !== '/_astro/*') rules.push({ path, headers: [['Cache-Control', cache]] });
  }
  return rules;
}

/** Each served file's policy, in a tree of folders (the asset folders are covered apart). */
function policyTree(files: Iterable<string>, csp: CspManifest): Folder {
  const root = newFolder();
  for (const file of files) {
    if (NOT_SERVED.has(file)) continue;
    const parts = file.split('/');
    const name = parts.pop()!;
    if (parts.length > 0 && ASSET_DIRS.includes(parts[0]!)) {
      if (file.endsWith('.html'))
        throw new Error(
          `headers file: ${file} is a page in a folder of assets, whose rules do not fit pages`,
        );
      continue;
    }
    let folder = root;
    for (const part of parts) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = newFolder()));
      folder = next;
    }
    folder.files.set(name, POLICY_NEUTRAL.test(name) ? ANY_POLICY : policyOf(csp, file));
  }
  return root;
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** A folder's rules: one per file, or one for a whole sub-folder whose files share a policy. */
function emitPolicies(
  folder: Folder,
  prefix: string,
  memo: Map<Folder, string | null>,
  csp: CspManifest,
  rules: HeaderRule[],
): void {
  const byPolicy = (path: string, policy: string): HeaderRule => ({
    path,
    headers: [
      ['Content-Security-Policy', policy === ANY_POLICY ? csp.fallback : policy],
      ['Cache-Control', REVALIDATE],
    ],
  });
  for (const [name, policy] of [...folder.files].sort(byName)) {
    if (name === 'index.html') rules.push(byPolicy(encodePath(prefix), policy));
    rules.push(byPolicy(encodePath(`${prefix}${name}`), policy));
  }
  for (const [name, sub] of [...folder.folders].sort(byName)) {
    const uniform = memo.get(sub);
    if (uniform !== null && uniform !== undefined)
      rules.push(byPolicy(`${encodePath(`${prefix}${name}/`)}*`, uniform));
    else emitPolicies(sub, `${prefix}${name}/`, memo, csp, rules);
  }
}

/** The rules in the file's format: a path line, then each header indented; a blank line between. */
export function formatRules(rules: HeaderRule[]): string {
  const blocks = [
    "# Response headers for each path, written by the build from each page's policy (scripts/site/host-headers.ts): do not edit.",
  ];
  for (const rule of rules) {
    if (!/^\/[A-Za-z0-9._~%\-/]*\*?[A-Za-z0-9._~%\-/]*$/.test(rule.path))
      throw new Error(`headers file: not a path rule: ${JSON.stringify(rule.path)}`);
    const lines = [rule.path];
    for (const [name, value] of rule.headers) {
      checkHeader(name, value);
      lines.push(`  ${name}: ${value}`);
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Reads a headers file (the subset of the format `formatRules` writes: no placeholders, one `*` at most). */
export function parseHostHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const [i, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { path: trimmed, headers: [] };
      rules.push(current);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (current === undefined || colon <= 0)
      throw new Error(`headers file, line ${i + 1}: expected "Name: value" under a path`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    checkHeader(name, value);
    current.headers.push([name, value]);
  }
  return rules;
}

/**
 * Rules ready to match request paths: exact paths and `/folder/*` rules are looked up (not
 * scanned), so matching costs the path's depth plus the few other wildcard rules.
 */
export class HostHeaders {
  readonly rules: HeaderRule[];
  readonly #exact = new Map<string, HeaderRule[]>();
  readonly #folders = new Map<string, HeaderRule[]>();
  readonly #patterns: { rule: HeaderRule; re: RegExp }[] = [];

  constructor(rules: HeaderRule[]) {
    this.rules = rules;
    const add = (map: Map<string, HeaderRule[]>, key: string, rule: HeaderRule) =>
      map.set(key, [...(map.get(key) ?? []), rule]);
    for (const rule of rules) {
      const star = rule.path.indexOf('*');
      if (star === -1) add(this.#exact, rule.path, rule);
      else if (star === rule.path.length - 1 && rule.path.endsWith('/*'))
        add(this.#folders, rule.path.slice(0, -1), rule);
      else {
        const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        this.#patterns.push({
          rule,
          re: new RegExp(
            `^${escape(rule.path.slice(0, star))}.*${escape(rule.path.slice(star + 1))}$`,
          ),
        });
      }
    }
  }

  /** Every rule whose path matches a request path (as `encodePath` writes it), in the file's order. */
  matching(path: string): HeaderRule[] {
    const found = new Set<HeaderRule>(this.#exact.get(path) ?? []);
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      for (const rule of this.#folders.get(path.slice(0, slash + 1)) ?? []) found.add(rule);
    }
    for (const { rule, re } of this.#patterns) if (re.test(path)) found.add(rule);
    return this.rules.filter((r) => found.has(r));
  }

  /**
   * The headers a host sends for a request path (decoded, as a server reads it): every
   * matching rule's, a header named twice joined with ", " as Cloudflare Pages does (the
   * build never names one twice for a file; the tests check).
   */
  headersFor(pathname: string): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const rule of this.matching(encodePath(pathname))) {
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
      }
    }
    return headers;
  }
}

/** Whether the build's headers file names `file` (the file itself is read by hosts, never served). */
export const isServedFile = (file: string) => !NOT_SERVED.has(file);

/** Writes the headers file into the built site (after `_csp.json`, by the siteSafety integration). */
export function writeHostHeaders(distDir: string, csp: CspManifest): void {
  writeFileSync(
    join(distDir, HEADERS_FILE),
    renderHostHeaders(listSiteFiles(distDir), csp),
    'utf8',
  );
}

/** The build's headers file, or (for a site built without it) the one the build would write. */
export function loadHostHeaders(distDir: string): HostHeaders {
  const path = join(distDir, HEADERS_FILE);
  const text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : renderHostHeaders(listSiteFiles(distDir), loadCspManifest(distDir));
  return new HostHeaders(parseHostHeaders(text));
}
