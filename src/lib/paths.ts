/** Site paths for each kind of page, in one place (pure: no collection access). */

/** @example articlePath('labour-row') // '/articles/labour-row/' */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** @example personPath('luciana-berger') // '/people/luciana-berger/' */
export function personPath(slug: string): string {
  return `/people/${slug}/`;
}

/** @example constituencyPath('canterbury') // '/constituencies/canterbury/' */
export function constituencyPath(slug: string): string {
  return `/constituencies/${slug}/`;
}

/** @example topicPath('brexit') // '/topics/brexit/' */
export function topicPath(slug: string): string {
  return `/topics/${slug}/`;
}

/** @example publicationPath('bbc-news') // '/publications/bbc-news/' */
export function publicationPath(slug: string): string {
  return `/publications/${slug}/`;
}
