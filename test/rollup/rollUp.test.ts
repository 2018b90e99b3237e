import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateStates,
  countAccumulator,
  divisionParent,
  finalizeRollUp,
  histogramAccumulator,
  mergeAggregateStates,
  rateAccumulator,
  rollUp,
  safeFinalizeRollUp,
  safeRollUp,
  safeStationParent,
  stationParent,
} from '../../src/index.js';

interface Row {
  readonly key: string;
  readonly ok: boolean;
  readonly days: number;
}

const metrics = {
  n: countAccumulator<Row>(),
  ok: rateAccumulator<Row>({ numerator: (r) => r.ok, denominator: () => true }),
  days: histogramAccumulator<Row>((r) => r.days),
};
const byKey = { groupBy: (r: Row) => r.key };

describe('rollUp', () => {
  const rows: Row[] = [
    { key: '330281101000', ok: true, days: 3 },
    { key: '330281101000', ok: false, days: 5 },
    { key: '330281102000', ok: true, days: 1 },
    { key: '330282001000', ok: true, days: 2 },
    // Recorded directly at city level: counts in the city and the province.
    { key: '330200', ok: false, days: 9 },
    { key: '110101001000', ok: true, days: 4 },
  ];

  it('merges every node from the nodes under it, own figures included', () => {
    const states = aggregateStates(rows, metrics, byKey);
    const rolled = rollUp(states, metrics, { parentOf: divisionParent });
    expect(rolled.roots).toEqual(['110000', '330000']);
    const tree = finalizeRollUp(rolled, metrics);
    const at = (key: string) => tree.nodes.find((node) => node.key === key);
    expect(at('330281')?.results.n).toBe(3);
    expect(at('330200')).toMatchObject({ own: true, depth: 1, children: ['330281', '330282'] });
    expect(at('330200')?.results.n).toBe(5);
    expect(at('330000')?.results.ok).toMatchObject({ numerator: 3, denominator: 5 });
    expect(at('110100')?.results.n).toBe(1);
    expect(at('330281101000')).toMatchObject({
      own: true,
      depth: 3,
      children: [],
      parent: '330281',
    });
    // The total is the roots', equal to one ungrouped pass.
    const direct = finalizeRollUp(
      rollUp(aggregateStates(rows, metrics, { groupBy: () => 'all' }), metrics, {
        parentOf: () => null,
      }),
      metrics,
    );
    expect(tree.total.n).toBe(6);
    expect(tree.total.ok).toEqual(direct.total.ok);
    expect(tree.total.days.n).toBe(6);
  });

  it('survives JSON and stamps results like finalizeAggregate', () => {
    const states = JSON.parse(JSON.stringify(aggregateStates(rows, metrics, byKey)));
    const rolled = JSON.parse(
      JSON.stringify(rollUp(states, metrics, { parentOf: divisionParent })),
    );
    const tree = finalizeRollUp(rolled, metrics, {
      asOf: '2025-12-31T16:00:00.000Z',
      period: '2025',
    });
    expect(tree.asOf).toBe('2025-12-31T16:00:00.000Z');
    expect(tree.nodes[0]?.results.ok).toMatchObject({ period: '2025' });
    expect(Object.isFrozen(tree.nodes[0])).toBe(true);
  });

  it('does not mutate its input', () => {
    const states = aggregateStates(rows, metrics, byKey);
    const before = JSON.stringify(states);
    rollUp(states, metrics, { parentOf: divisionParent });
    expect(JSON.stringify(states)).toBe(before);
  });

  it('refuses a cycle, a chain without end and bad arguments by name', () => {
    const states = aggregateStates(rows, metrics, byKey);
    const cycle = safeRollUp(states, metrics, {
      parentOf: (key) => (key.length === 12 ? 'A' : key === 'A' ? 'B' : 'A'),
    });
    expect(cycle.ok ? undefined : cycle.error.issues[0]).toMatchObject({
      code: 'PARENT_CYCLE',
      path: ['options', 'parentOf'],
    });
    if (!cycle.ok) expect(cycle.error.message.en).toContain('A → B → A');
    const endless = safeRollUp(states, metrics, { parentOf: (key) => `${key}+` });
    expect(endless.ok ? undefined : endless.error.issues[0]?.code).toBe('TOO_DEEP');
    const notString = safeRollUp(states, metrics, { parentOf: () => 42 as never });
    expect(notString.ok ? undefined : notString.error.issues[0]?.code).toBe('INVALID_VALUE');
    expect(safeRollUp(states, metrics, {} as never).ok).toBe(false);
    const twoKeys = aggregateStates(rows, metrics, {
      groupBy: [(r) => r.key, (r) => String(r.ok)],
    });
    const grouped = safeRollUp(twoKeys, metrics, { parentOf: divisionParent });
    expect(grouped.ok ? undefined : grouped.error.issues[0]?.code).toBe('INCOMPATIBLE_STATES');
    expect(safeFinalizeRollUp(states as never, metrics).ok).toBe(false);
    const badCode = safeRollUp(
      aggregateStates([{ key: 'X', ok: true, days: 1 }], metrics, byKey),
      metrics,
      {
        parentOf: divisionParent,
      },
    );
    expect(badCode.ok ? undefined : badCode.error.issues[0]?.code).toBe('INVALID_LENGTH');
  });
});

describe('rollUp laws', () => {
  // A random forest: node i's parent is a node before it, or none (a root).
  const forest = fc
    .integer({ min: 1, max: 25 })
    .chain((size) =>
      fc.tuple(
        fc.constant(size),
        fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: size, maxLength: size }),
      ),
    );
  const parentsOf = (size: number, picks: readonly (number | undefined)[]) => {
    const parent = new Map<string, string>();
    for (let i = 1; i < size; i++) {
      const pick = picks[i];
      if (pick !== undefined) parent.set(`N${i}`, `N${pick % i}`);
    }
    return parent;
  };
  const row = (size: number) =>
    fc.record({
      key: fc.nat({ max: size - 1 }).map((i) => `N${i}`),
      ok: fc.boolean(),
      days: fc.nat({ max: 30 }),
    });

  it('every node equals one pass over the records under it; the roots make the whole, in any order', () => {
    fc.assert(
      fc.property(
        forest.chain(([size, picks]) =>
          fc.tuple(
            fc.constant(parentsOf(size, picks)),
            fc.array(row(size), { maxLength: 60 }),
            fc.nat(),
          ),
        ),
        ([parent, records, split]) => {
          // Two shards merged in either order, then rolled up: the same as one pass.
          const cut = records.length === 0 ? 0 : split % (records.length + 1);
          const a = aggregateStates(records.slice(0, cut), metrics, byKey);
          const b = aggregateStates(records.slice(cut), metrics, byKey);
          const parentOf = (key: string) => parent.get(key);
          const one = finalizeRollUp(
            rollUp(mergeAggregateStates(a, b, metrics), metrics, { parentOf }),
            metrics,
          );
          const other = finalizeRollUp(
            rollUp(mergeAggregateStates(b, a, metrics), metrics, { parentOf }),
            metrics,
          );
          expect(other).toEqual(one);
          const under = (record: Row, key: string): boolean => {
            for (let at: string | undefined = record.key; at !== undefined; at = parent.get(at))
              if (at === key) return true;
            return false;
          };
          for (const node of one.nodes) {
            const mine = records.filter((r) => under(r, node.key));
            expect(node.results.n).toBe(mine.length);
            expect(node.results.ok.numerator).toBe(mine.filter((r) => r.ok).length);
            expect(node.results.days.n).toBe(mine.length);
            // Each node: its own records plus its children's.
            const own = records.filter((r) => r.key === node.key).length;
            const children = node.children.reduce(
              (sum, child) => sum + (one.nodes.find((n) => n.key === child)?.results.n ?? 0),
              0,
            );
            expect(node.results.n).toBe(own + children);
          }
          expect(one.total.n).toBe(records.length);
          expect(
            one.roots.reduce(
              (sum, root) => sum + (one.nodes.find((n) => n.key === root)?.results.n ?? 0),
              0,
            ),
          ).toBe(records.length);
        },
      ),
    );
  });

  it('a station list with a cycle is refused, never looped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), (length, entry) => {
        // A ring of `length` stations, and a tail of stations leading into it.
        const ring = Array.from({ length }, (_, i) => ({
          id: `R${i}`,
          parentId: `R${(i + 1) % length}`,
        }));
        const tail = [
          { id: 'T0', parentId: `R${entry % length}` },
          { id: 'T1', parentId: 'T0' },
        ];
        const result = safeStationParent([...tail, ...ring]);
        expect(result.ok ? undefined : result.error.issues[0]?.code).toBe('PARENT_CYCLE');
      }),
    );
  });
});

describe('stationParent', () => {
  const stations = [
    { id: 'ST-0000' },
    { id: 'ST-0001', parentId: 'ST-0000' },
    { id: 'ST-0001-H', parentId: 'ST-0001' },
    { id: 'ST-ONLINE' },
  ];

  it('reads the hierarchy and rolls station figures up to the main station', () => {
    const parentOf = stationParent(stations);
    expect(parentOf('ST-0001-H')).toBe('ST-0001');
    expect(parentOf('ST-0000')).toBeNull();
    const rows: Row[] = [
      { key: 'ST-0001-H', ok: true, days: 1 },
      { key: 'ST-0001', ok: false, days: 1 },
      { key: 'ST-ONLINE', ok: true, days: 1 },
    ];
    const tree = finalizeRollUp(
      rollUp(aggregateStates(rows, metrics, byKey), metrics, { parentOf }),
      metrics,
    );
    expect(tree.roots).toEqual(['ST-0000', 'ST-ONLINE']);
    expect(tree.nodes.find((n) => n.key === 'ST-0000')?.results.n).toBe(2);
    expect(tree.total.n).toBe(3);
  });

  it('refuses unknown parents, duplicates, cycles and unknown ids by name', () => {
    const unknown = safeStationParent([{ id: 'A', parentId: 'Z' }]);
    expect(unknown.ok ? undefined : unknown.error.issues[0]).toMatchObject({
      code: 'UNKNOWN_PARENT',
      path: ['stations', 0, 'parentId'],
    });
    if (!unknown.ok) expect(unknown.error.message.en).toMatch(/station A.*Z is not in the list/);
    const twice = safeStationParent([{ id: 'A' }, { id: 'A' }]);
    expect(twice.ok ? undefined : twice.error.issues[0]?.code).toBe('DUPLICATE_REASON');
    const self = safeStationParent([{ id: 'A', parentId: 'A' }]);
    expect(self.ok ? undefined : self.error.issues[0]?.code).toBe('PARENT_CYCLE');
    expect(safeStationParent('ST-1' as never).ok).toBe(false);
    expect(() => stationParent(stations)('ST-9')).toThrow(/ST-9/);
  });
});
