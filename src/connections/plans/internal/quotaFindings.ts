// Which holders' loads are off their quota by more than a plan can avoid (internal): shared by
// checkPlan (members' 联系名额) and checkPairings (holders' places), so the two judge alike.

/** One holder whose load is outside the band its quota allows. */
export interface QuotaFinding {
  readonly id: string;
  readonly quota: number;
  readonly load: number;
  /** Past the band (over quota), or short of it. */
  readonly over: boolean;
}

/**
 * The holders whose load is outside what their quota allows, given `people` to assign.
 *
 * When the places add up to the people, every load must equal its quota. Everyone is assigned and
 * nobody twice, so with more people than places some holder must go past its quota. The planners
 * share that excess evenly, so each holder is at its quota or past it by at most the excess per
 * holder, rounded up. With fewer people than places, each holder is at its quota or short of it by
 * at most the shortfall per holder, rounded up. Without the band, a plan that could not be better
 * was reported as breaking its quotas.
 */
export function quotaFindings(
  loads: ReadonlyMap<string, number>,
  quotaOf: (id: string) => number,
  people: number,
): QuotaFinding[] {
  let places = 0;
  for (const id of loads.keys()) places += quotaOf(id);
  const holders = loads.size;
  const share = holders === 0 ? 0 : Math.ceil(Math.abs(people - places) / holders);
  const above = people > places ? share : 0;
  const below = people < places ? share : 0;
  const found: QuotaFinding[] = [];
  for (const [id, load] of loads) {
    const quota = quotaOf(id);
    if (load > quota + above || load < quota - below) {
      found.push({ id, quota, load, over: load > quota });
    }
  }
  return found;
}
