// A small seeded pseudo-random generator (sfc32, seeded through a string hash), so that a sample
// is the same on every machine and every run. Never Math.random, never the clock.

/** Hashes any text to a 32-bit unsigned integer (cyrb53's mixing, truncated). */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 ^ h1) >>> 0;
}

/** A seeded random stream with the few draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, in proportion to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** `count` distinct elements of `items` (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * A random stream for `(seed, label)`: the same pair always gives the same draws, and different
 * labels give independent streams, so record `i` can be generated without generating `0..i-1`.
 */
export function createRandom(seed: number, label: string): Random {
  let a = hashText(label, seed);
  let b = hashText(label, seed ^ 0x9e3779b9);
  let c = hashText(label, seed + 0x6d2b79f5);
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T extends string>(weights: Readonly<Record<T, number>>): T => {
      const keys = Object.keys(weights) as T[];
      let total = 0;
      for (const key of keys) total += weights[key];
      let r = next() * total;
      for (const key of keys) {
        r -= weights[key];
        if (r < 0) return key;
      }
      return keys[keys.length - 1] as T;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      if (count >= items.length) return [...items];
      if (count * 4 < items.length) {
        const chosen = new Set<number>();
        while (chosen.size < count) chosen.add(int(0, items.length - 1));
        return [...chosen].map((i) => items[i] as T);
      }
      const copy = [...items];
      for (let i = 0; i < count; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
  };
}
