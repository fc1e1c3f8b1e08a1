import { htmlElements } from '../../scripts/site/html-elements.ts';
import { srcsetUrls } from '../../scripts/checks/link-check.ts';

/** Attributes that make the browser fetch something, by element. */
const FETCHING: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

/** `<link rel>` values whose href the browser fetches (or connects to) by itself. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'prerender',
]);

/**
 * Every URL in a page's markup that the browser would fetch from another host, found
 * without loading it: complements watching requests, which misses lazy content and
 * connections that are never requests (preconnect, dns-prefetch).
 */
export function thirdPartyFetches(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found: string[] = [];
  const consider = (tag: string, attribute: string, value: string) => {
    let url: URL;
    try {
      url = new URL(value.trim(), pageUrl);
    } catch {
      return;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin)
      found.push(`${tag}[${attribute}] ${url.href}`);
  };
  for (const element of htmlElements(html)) {
    if (element.tagName === 'link') {
      const rels = (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = element.attrs.get('href');
      if (href !== undefined && rels.some((r) => FETCHING_RELS.has(r)))
        consider('link', 'href', href);
      continue;
    }
    for (const attribute of FETCHING[element.tagName] ?? []) {
      const value = element.attrs.get(attribute);
      if (value === undefined) continue;
      for (const url of attribute === 'srcset' ? srcsetUrls(value) : [value])
        consider(element.tagName, attribute, url);
    }
  }
  return found;
}
