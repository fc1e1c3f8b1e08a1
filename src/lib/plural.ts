/**
 * A count with its noun, singular or plural.
 * @example countOf(1, 'article') // '1 article'
 * @example countOf(3, 'article') // '3 articles'
 */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
