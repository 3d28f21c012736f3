// The benchmark's data comes from a seeded generator, so every run (and every machine) measures the same content.

/** A deterministic source of random choices; mulberry32, small and plenty for test data (not for secrets). */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, evenly. */
  pick<T>(list: readonly T[]): T;
  /** One element, the first ones far more often (Zipf-like), as words occur in real text. */
  pickSkewed<T>(list: readonly T[]): T;
}

/** A generator that gives the same sequence for the same seed. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    // Squaring a uniform number piles it towards 0: the first words of a list are the common ones.
    pickSkewed: (list) => list[Math.floor(next() ** 2.2 * list.length)] as (typeof list)[number],
  };
}
