// The figures the page shows (看板数据), computed by renda in the browser: nothing here counts or
// divides. Each figure is the library's own result; the page only picks the group the filters ask
// for. The browser test recomputes the same figures in Node with the same calls and compares.
import {
  byAssignmentMonth,
  byHandlingUnit,
  byLeadUnit,
  byStation,
  type CoveragePeriod,
  type CoverageResult,
  coverageMemberContact,
  coverageStationActivity,
  type OpinionStats,
  opinionStats,
  type SuggestionStats,
  type SuggestionStatsGroup,
  suggestionStats,
} from 'renda';
import type { Sample } from 'renda/testing';

/** What the filters chose: a handling unit ('' for every unit) and a period. */
export interface Filters {
  /** A unit's id as `byLeadUnit` and `byHandlingUnit` key it, or '' for all units. */
  readonly unit: string;
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
}

/** Everything the page shows for one choice of filters. */
export interface DashboardFigures {
  /** The suggestion dashboard of the chosen unit (or of all units). */
  readonly suggestions: SuggestionStats | undefined;
  /** Every unit's dashboard for the period, sorted by unit id. */
  readonly units: readonly SuggestionStatsGroup[];
  /** The chosen unit's (or every unit's) dashboard per month of assignment. */
  readonly months: readonly SuggestionStatsGroup[];
  /** The constituent-opinion figures of the chosen unit (or of all). */
  readonly opinions: OpinionStats | undefined;
  /** The opinion figures per liaison station (all units). */
  readonly stations: readonly { readonly key: readonly string[]; readonly stats: OpinionStats }[];
  /** 常委会组成人员联系代表 and 联络站接待 coverage over the period. */
  readonly coverage: readonly CoverageResult[];
}

/** The group whose first key is `unit`, if any. */
const groupOf = <S>(
  groups: readonly { readonly key: readonly string[]; readonly stats: S }[],
  unit: string,
): S | undefined => groups.find((g) => g.key[0] === unit)?.stats;

/** Computes every figure for the filters. */
export function dashboardFigures(sample: Sample, filters: Filters): DashboardFigures {
  const { asOf, policy, opinionPolicy } = sample;
  const period = filters.period;
  const byUnit = suggestionStats(sample.suggestions, { asOf, policy, period, groupBy: byLeadUnit });
  const monthly = suggestionStats(sample.suggestions, {
    asOf,
    policy,
    period,
    groupBy:
      filters.unit === '' ? byAssignmentMonth(policy) : [byLeadUnit, byAssignmentMonth(policy)],
  });
  const opinionPolicyOptions = { asOf, policy: opinionPolicy, period };
  const opinionsByUnit = opinionStats(sample.opinions, {
    ...opinionPolicyOptions,
    groupBy: byHandlingUnit,
  });
  const opinionsByStation = opinionStats(sample.opinions, {
    ...opinionPolicyOptions,
    groupBy: byStation,
  });
  return {
    suggestions: filters.unit === '' ? byUnit.total : groupOf(byUnit.groups, filters.unit),
    units: byUnit.groups,
    months:
      filters.unit === ''
        ? monthly.groups
        : monthly.groups
            .filter((g) => g.key[0] === filters.unit)
            .map((g) => ({ key: g.key.slice(1), stats: g.stats })),
    opinions:
      filters.unit === '' ? opinionsByUnit.total : groupOf(opinionsByUnit.groups, filters.unit),
    stations: opinionsByStation.groups,
    coverage: [
      coverageMemberContact(sample.deputies, sample.activities, { period }),
      coverageStationActivity(sample.stations, sample.activities, {
        period,
        minReceptionDays: 1,
        per: 'month',
      }),
    ],
  };
}
