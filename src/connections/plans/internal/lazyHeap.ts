/**
 * A binary heap of indices ranked by a shared, changing score (internal): the planners keep one
 * score per member or station (the gap to quota, the load) and several heaps over them (one per
 * area or field). A change pushes a fresh entry instead of re-sifting, and an entry whose score
 * is no longer current is dropped when it reaches the top, so each step is O(log n).
 */
export class LazyHeap {
  private readonly values: number[] = [];
  private readonly indices: number[] = [];

  /**
   * @param scores - The current score of each index, read when an entry reaches the top.
   * @param highFirst - Whether the highest score wins (gaps) or the lowest (loads); ties go to the
   *   lower index, so the order is the input's sorted order and the plan is deterministic.
   */
  constructor(
    private readonly scores: readonly number[],
    private readonly highFirst: boolean,
  ) {}

  /** Adds `index` at its current score. */
  push(index: number): void {
    this.values.push(this.scores[index] as number);
    this.indices.push(index);
    let i = this.values.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The best index at its current score, or `undefined` when the heap is empty. */
  top(): number | undefined {
    while (this.indices.length > 0) {
      const index = this.indices[0] as number;
      if (this.values[0] === this.scores[index]) return index;
      this.pop();
    }
    return undefined;
  }

  private pop(): void {
    const lastValue = this.values.pop() as number;
    const lastIndex = this.indices.pop() as number;
    if (this.values.length === 0) return;
    this.values[0] = lastValue;
    this.indices[0] = lastIndex;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < this.values.length && this.before(left, best)) best = left;
      if (right < this.values.length && this.before(right, best)) best = right;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }

  private before(a: number, b: number): boolean {
    const va = this.values[a] as number;
    const vb = this.values[b] as number;
    if (va !== vb) return this.highFirst ? va > vb : va < vb;
    return (this.indices[a] as number) < (this.indices[b] as number);
  }

  private swap(a: number, b: number): void {
    const v = this.values[a] as number;
    this.values[a] = this.values[b] as number;
    this.values[b] = v;
    const x = this.indices[a] as number;
    this.indices[a] = this.indices[b] as number;
    this.indices[b] = x;
  }
}
