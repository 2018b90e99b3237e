import { LazyHeap } from './lazyHeap.js';

// The one assignment rule of every contact plan (internal): members to deputies
// (planContacts), committees to deputies and deputies to deputies (planPairings). Holders and
// partners are indices into lists the caller has sorted by id, so the same input gives the same
// plan whatever its order.

export interface AssignInput {
  /** Places of each holder. */
  readonly quotas: readonly number[];
  /** How many partners there are. */
  readonly partners: number;
  /** The partners each holder keeps (pairs in force), without repeats. */
  readonly kept: readonly (readonly number[])[];
  /**
   * The keys each holder is filed under and a function giving a partner's keys, when matching
   * is asked for: a partner goes to a holder sharing one of its keys before anyone else.
   */
  readonly matching?: {
    readonly holderKeys: readonly (readonly string[])[];
    readonly partnerKeys: (partner: number) => readonly string[];
  };
}

/** How a partner was given (`ASSIGNED_BY[how[p]]`): not yet, kept, matched or planned. */
export const ASSIGNED_BY = [undefined, 'kept', 'matched', 'planned'] as const;

export interface AssignOutput {
  /** The partners of each holder, in the order given: kept first, then matched, then planned. */
  readonly byHolder: readonly (readonly number[])[];
  /**
   * How each partner was given, an index into {@link ASSIGNED_BY}. A partner is kept by every
   * holder that kept it, or matched or planned to exactly one. Numbers, not objects: a
   * province's 100,000 pairs would otherwise be as many small objects for the collector.
   */
  readonly how: Uint8Array;
  readonly loads: readonly number[];
  readonly places: number;
  readonly kept: number;
  readonly matched: number;
  /** Partners with no holder: every partner when there are no holders, else none. */
  readonly unassigned: readonly number[];
}

/**
 * Steps: 1. keep each holder's pairs in force; 2. with matching, give each partner without a
 * holder to a holder sharing a key with places left, the one with the most places left (lower
 * index on a tie); 3. give every partner left to the holder with the most places left, past the
 * quota when the places run out, so every partner is assigned and overloads differ by at most
 * one. Cost: O((holders + partners) log(holders + partners)) plus the partners' keys.
 */
export function assignPairs(input: AssignInput): AssignOutput {
  const holders = input.quotas.length;
  const gaps = [...input.quotas];
  const loads = input.quotas.map(() => 0);
  const byHolder = input.quotas.map(() => [] as number[]);
  const how = new Uint8Array(input.partners);
  const give = (h: number, partner: number, by: 1 | 2 | 3): void => {
    byHolder[h]?.push(partner);
    how[partner] = by;
    loads[h] = (loads[h] as number) + 1;
    gaps[h] = (gaps[h] as number) - 1;
  };

  let kept = 0;
  input.kept.forEach((partners, h) => {
    for (const p of partners) {
      give(h, p, 1);
      kept++;
    }
  });

  // One heap of holders per key; a partner takes the best holder over its keys.
  let matched = 0;
  if (input.matching !== undefined && holders > 0) {
    const byKey = new Map<string, LazyHeap>();
    const heapsOf = input.quotas.map(() => [] as LazyHeap[]);
    input.matching.holderKeys.forEach((keys, h) => {
      for (const key of new Set(keys)) {
        let heap = byKey.get(key);
        if (heap === undefined) {
          heap = new LazyHeap(gaps, true);
          byKey.set(key, heap);
        }
        heap.push(h);
        heapsOf[h]?.push(heap);
      }
    });
    for (let p = 0; p < input.partners; p++) {
      if (how[p] !== 0) continue;
      let best: number | undefined;
      for (const key of input.matching.partnerKeys(p)) {
        const top = byKey.get(key)?.top();
        if (top === undefined || (gaps[top] as number) <= 0) continue;
        if (
          best === undefined ||
          (gaps[top] as number) > (gaps[best] as number) ||
          ((gaps[top] as number) === (gaps[best] as number) && top < best)
        )
          best = top;
      }
      if (best === undefined) continue;
      give(best, p, 2);
      matched++;
      for (const heap of heapsOf[best] ?? []) heap.push(best);
    }
  }

  const unassigned: number[] = [];
  if (holders === 0) {
    for (let p = 0; p < input.partners; p++) if (how[p] === 0) unassigned.push(p);
  } else {
    const heap = new LazyHeap(gaps, true);
    for (let h = 0; h < holders; h++) heap.push(h);
    for (let p = 0; p < input.partners; p++) {
      if (how[p] !== 0) continue;
      const h = heap.top() as number;
      give(h, p, 3);
      heap.push(h);
    }
  }
  const places = input.quotas.reduce((sum, q) => sum + q, 0);
  return { byHolder, how, loads, places, kept, matched, unassigned };
}
