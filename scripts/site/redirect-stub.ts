import { htmlElements } from './html-elements.ts';

/**
 * The target of a redirect page: one whose `<meta http-equiv="refresh">` sends the
 * reader on at once (what Astro writes for each `redirects` entry), or null for a page
 * to read. Such a page is a stand-in for a server's 301, and the gates treat it as one.
 */
export function refreshTarget(content: string): string | null {
  const match = /^\s*(\d+)(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\2\s*$/i.exec(content);
  return match && Number(match[1]) === 0 ? (match[3] ?? null) : null;
}

export function redirectTarget(html: string): string | null {
  for (const element of htmlElements(html)) {
    if (
      element.tagName === 'meta' &&
      element.attrs.get('http-equiv')?.toLowerCase() === 'refresh'
    ) {
      return refreshTarget(element.attrs.get('content') ?? '');
    }
    if (element.tagName === 'body') return null;
  }
  return null;
}
