import type { LiaisonStation } from '../../model/liaisonStation.js';

/**
 * The stations on each parent cycle, each cycle from its smallest id. `stationParent` says that
 * there is a cycle; a lint finding names every station on it, so it is walked here.
 */
export function stationCycles(
  stations: readonly Pick<LiaisonStation, 'id' | 'parentId'>[],
): readonly (readonly string[])[] {
  const parent = new Map(stations.map((s) => [s.id, s.parentId]));
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of parent.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start;
    while (id !== undefined && parent.has(id) && !done.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = parent.get(id);
    }
    if (id !== undefined && onPath.has(id)) {
      const cycle = path.slice(path.indexOf(id));
      const first = cycle.indexOf([...cycle].sort()[0] as string);
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    for (const seen of path) done.add(seen);
  }
  return cycles;
}
