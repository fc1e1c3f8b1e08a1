/**
 * mulberry32: a small seeded pseudo-random generator for property tests, so a failing
 * random case can be replayed from its seed.
 * @example const next = seededRandom(7); next() // a number in [0, 1), the same for seed 7 every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
