import { htmlElements } from './html-elements.ts';

/**
 * The Content-Security-Policy a server sends with each file of the built site (docs/gates.md,
 * "Content-Security-Policy"). A page's policy is the one Astro wrote into its `<meta>`
 * (`security.csp` in astro.config.mjs, with the hashes of the styles and scripts it
 * inlined), plus what only a header can carry.
 */

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): no framing by other sites. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * For responses with no policy of their own (redirect pages, Pagefind's worker, assets):
 * the site's own origin only, WebAssembly allowed for the search worker, nothing inline.
 */
export const FALLBACK_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null if it has none. */
export function metaPolicy(html: string): string | null {
  for (const element of htmlElements(html)) {
    if (element.tagName === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      return element.attrs.get('content') ?? null;
    }
    if (element.tagName === 'body') break;
  }
  return null;
}

/** The header value for a response: the page's own policy (or the fallback), plus the header-only directives. */
export function headerPolicy(html: string | null): string {
  const own = (html === null ? null : metaPolicy(html)) ?? FALLBACK_POLICY;
  const directives = own
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d.length > 0);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** A policy as directive name → sources, for assertions. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
