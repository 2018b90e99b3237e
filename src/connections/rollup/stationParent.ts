import { quote } from '../../internal/quote.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import { ancestry, type HierarchySource } from '../../stats/internal/ancestry.js';
import {
  ArgumentChecks,
  fail,
  fieldName,
  guard,
  isIterable,
} from '../../stats/internal/invalidInput.js';

const STATIONS: HierarchySource = /* @__PURE__ */ Object.freeze({
  path: Object.freeze(['stations']),
  field: fieldName('上级站点', 'parentId'),
});

/**
 * The station one tier up (上级站点), read from a station list's `parentId`: the `parentOf` of a
 * roll-up over a station hierarchy (总站 → 中心站 → 站 / 点 / 家).
 *
 * @remarks
 * The whole list is checked once, when the function is made, so a roll-up never meets a broken
 * hierarchy halfway: every station needs a string `id`, seen once (`DUPLICATE_REASON`); a
 * `parentId` must name a station of the list (`UNKNOWN_PARENT`, naming both); and following
 * `parentId` must end at a station without one (`PARENT_CYCLE`, naming the stations of the
 * cycle). A station without `parentId` is a root: the main station (总站), or an online station
 * (网上联络站) that answers to no station. The function returns `null` for a root, and throws a
 * {@link RendaError} for an id not in the list (figures keyed by a station the list does not
 * know are refused, not filed under a root of their own). One pass: O(stations).
 *
 * @param stations - The stations (only `id` and `parentId` are read); any iterable.
 * @returns The parent of each station id.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a broken list.
 *
 * @example
 * ```ts
 * import { stationParent } from 'renda';
 *
 * const parentOf = stationParent([
 *   { id: 'ST-0000' },
 *   { id: 'ST-0001', parentId: 'ST-0000' },
 *   { id: 'ST-0001-P1', parentId: 'ST-0001' },
 * ]);
 * console.log(parentOf('ST-0001-P1'), parentOf('ST-0000')); // 'ST-0001' null
 * ```
 * @category Coverage
 */
export function stationParent(
  stations: Iterable<Pick<LiaisonStation, 'id' | 'parentId'>>,
): (id: string) => string | null {
  return guard('stationParent', () => {
    const checks = new ArgumentChecks('StationParent');
    if (!isIterable(stations) || typeof stations === 'string') {
      checks.add('NOT_ITERABLE', ['stations'], {
        field: fieldName('站点', 'stations'),
        got: stations,
      });
      checks.done();
    }
    const parents = new Map<string, string | null>();
    let index = 0;
    for (const station of stations) {
      const id = (station as Partial<LiaisonStation> | null)?.id;
      const parentId = (station as Partial<LiaisonStation> | null)?.parentId;
      if (typeof id !== 'string') {
        fail('StationParent', 'INVALID_TYPE', ['stations', index, 'id'], {
          field: fieldName('站点编号', 'id'),
          expected: fieldName('字符串', 'a string'),
          got: id,
        });
      }
      if (parentId !== undefined && typeof parentId !== 'string') {
        fail('StationParent', 'INVALID_TYPE', ['stations', index, 'parentId'], {
          field: fieldName('上级站点', 'parentId'),
          expected: fieldName('字符串', 'a string'),
          got: parentId,
        });
      }
      if (parents.has(id)) {
        fail('StationParent', 'DUPLICATE_REASON', ['stations', index, 'id'], {
          field: fieldName('站点编号', 'id'),
          got: id,
        });
      }
      parents.set(id, parentId ?? null);
      index++;
    }
    let position = 0;
    for (const [id, parentId] of parents) {
      if (parentId !== null && !parents.has(parentId)) {
        fail('StationParent', 'UNKNOWN_PARENT', ['stations', position, 'parentId'], {
          field: fieldName('上级站点', 'parentId'),
          subject: fieldName(`站点 ${quote(id)} 的上级站点`, `the parent of station ${quote(id)}`),
          rule: fieldName(
            `${quote(parentId)} 不在站点名单中`,
            `${quote(parentId)} is not in the list`,
          ),
        });
      }
      position++;
    }
    // Cycles (and a chain too deep) are found by the roll-up's own walk, over every station.
    ancestry('StationParent', parents.keys(), (id) => parents.get(id), STATIONS);
    return (id: string): string | null => {
      const parent = typeof id === 'string' ? parents.get(id) : undefined;
      if (parent !== undefined) return parent;
      return fail('StationParent', 'UNKNOWN_VALUE', ['id'], {
        field: fieldName('站点编号', 'station id'),
        expected: fieldName('名单中的站点', 'a station of the list'),
        got: id,
      });
    };
  });
}
