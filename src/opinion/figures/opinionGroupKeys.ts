import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { GroupKeyFn } from '../../stats/aggregateStates.js';
import { NONE, UNASSIGNED, UNCLASSIFIED } from './internal/keys.js';

// The group keys of the opinion figures: callbacks handed to `opinionStats({ groupBy })`. An
// "area" (片区, 街道) is the app's own key over `stationId`, since the app owns the station table:
// see the second example of opinionStats.

/**
 * Groups opinions by the liaison station that received them (按联络站点); `(none)` without one.
 *
 * @param o - A constituent opinion.
 * @returns The station's id.
 *
 * @example
 * ```ts
 * import { byStation, defaultOpinionPolicy, opinionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const { groups } = opinionStats(opinions, { asOf: '2025-12-31T18:00:00+08:00', policy: defaultOpinionPolicy, groupBy: byStation });
 * console.log(groups.every((g) => typeof g.key[0] === 'string')); // true
 * ```
 *
 * @example
 * ```ts
 * import { byStation, defaultOpinionPolicy, opinionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * // An area (片区) is the app's own key function over the station: here, its table of stations.
 * const areaOf = new Map([['ST-1', '城东片区']]);
 * const byArea = (o: Parameters<typeof byStation>[0]) => areaOf.get(byStation(o)) ?? '其他片区';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const { total, groups } = opinionStats(opinions, { asOf: '2025-12-31T18:00:00+08:00', policy: defaultOpinionPolicy, groupBy: byArea });
 * console.log(groups.reduce((n, g) => n + g.stats.n, 0) === total.n); // true
 * ```
 * @category Metrics
 */
export const byStation: GroupKeyFn<ConstituentOpinion> = (o) => o.stationId ?? NONE;

/**
 * Groups opinions by the first deputy who received them (按接收代表); `(none)` for a ticket no
 * deputy received (12345, a letter to the office).
 *
 * @param o - A constituent opinion.
 * @returns The deputy's id.
 *
 * @example
 * ```ts
 * import { byReceivingDeputy } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * console.log(typeof byReceivingDeputy(opinions[0]!)); // 'string'
 * ```
 * @category Metrics
 */
export const byReceivingDeputy: GroupKeyFn<ConstituentOpinion> = (o) => o.deputyIds[0] ?? NONE;

/**
 * Groups opinions by the handling unit they were referred to (按承办单位): the referral's unit,
 * the current round's; `(unassigned)` before any referral.
 *
 * @param o - A constituent opinion.
 * @returns The unit's id.
 *
 * @example
 * ```ts
 * import { byHandlingUnit } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * console.log(typeof byHandlingUnit(opinions[0]!)); // 'string'
 * ```
 * @category Metrics
 */
export const byHandlingUnit: GroupKeyFn<ConstituentOpinion> = (o) =>
  o.referral?.unitId ?? UNASSIGNED;

/**
 * Groups opinions by the channel they came by (按来源渠道), one of {@link OPINION_CHANNELS}.
 *
 * @param o - A constituent opinion.
 * @returns The channel.
 *
 * @example
 * ```ts
 * import { byChannel, OPINION_CHANNELS } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * console.log(OPINION_CHANNELS.includes(byChannel(opinions[0]!) as never)); // true
 * ```
 * @category Metrics
 */
export const byChannel: GroupKeyFn<ConstituentOpinion> = (o) => o.channel;

/**
 * Groups opinions by their category (按意见分类), a code of the opinion policy;
 * `(unclassified)` before classification.
 *
 * @param o - A constituent opinion.
 * @returns The category code.
 *
 * @example
 * ```ts
 * import { byOpinionCategory } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * console.log(typeof byOpinionCategory(opinions[0]!)); // 'string'
 * ```
 * @category Metrics
 */
export const byOpinionCategory: GroupKeyFn<ConstituentOpinion> = (o) =>
  o.classification?.category ?? UNCLASSIFIED;

/**
 * Groups opinions by the month they were received (按受理月份): `YYYY-MM` of `receivedDay`, the
 * calendar day in the jurisdiction's zone frozen at receipt, so keys sort in time order.
 *
 * @param o - A constituent opinion.
 * @returns The month.
 *
 * @example
 * ```ts
 * import { byReceivedMonth } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * console.log(/^\d{4}-\d{2}$/.test(byReceivedMonth(opinions[0]!))); // true
 * ```
 * @category Metrics
 */
export const byReceivedMonth: GroupKeyFn<ConstituentOpinion> = (o) => o.receivedDay.slice(0, 7);
