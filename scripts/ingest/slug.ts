/**
 * Turns a headline into a URL slug: lowercase ASCII words joined by hyphens,
 * cut at a word boundary so URLs stay readable, never longer than `maxLength`.
 * @example slugify("Labour row erupts over no confidence vote in Luciana Berger") // 'labour-row-erupts-over-no-confidence-vote-in-luciana-berger'
 * @example slugify("Candidates 'To Meet' & Talk") // 'candidates-to-meet-and-talk'
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['‘’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    // A single word longer than a slug may be (a pasted URL, a run of letters) is cut.
    slug = next.slice(0, maxLength).replace(/-+$/, '');
  }
  return slug || 'untitled';
}
