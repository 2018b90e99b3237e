import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import { guard } from '../../stats/internal/invalidInput.js';
import { coverageEnrolment, type ENROLMENT_REQUIREMENTS } from '../coverage/coverageEnrolment.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';

/**
 * Options of {@link checkEnrolment} (编组进站核查选项).
 *
 * @example
 * ```ts
 * import type { CheckEnrolmentOptions } from 'renda';
 *
 * const options: CheckEnrolmentOptions = { asOf: '2025-12-31', require: 'both' };
 * ```
 * @category Coverage
 */
export interface CheckEnrolmentOptions {
  /** The day checked, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** A station, a group, or both (the default). */
  readonly require?: (typeof ENROLMENT_REQUIREMENTS)[number];
}

/**
 * What {@link checkEnrolment} found (编组进站核查结果): each deputy serving on `asOf` without a
 * station (`noStation`) or a group (`noGroup`), by deputy id.
 *
 * @example
 * ```ts
 * import type { EnrolmentCheck } from 'renda';
 *
 * const clean = (check: EnrolmentCheck): boolean => check.violations.length === 0;
 * ```
 * @category Coverage
 */
export interface EnrolmentCheck {
  /** The day checked. */
  readonly asOf: string;
  /** Every deputy missing a station or group. */
  readonly violations: readonly {
    readonly kind: 'noStation' | 'noGroup';
    readonly deputyId: string;
  }[];
  /** Violations per kind. */
  readonly counts: { readonly noStation: number; readonly noGroup: number };
}

/**
 * Lists the deputies serving on a day who are in no station or no group (未进站、未编组的代表).
 *
 * @remarks
 * The rule of {@link coverageEnrolment} on the one day `asOf`: an enrolment counts when a
 * station's `enrolments` or the deputy's `memberships` name it in force that day (groups alike);
 * online stations do not count. Deputies not serving that day are not listed.
 *
 * @param deputies - The deputies; any iterable.
 * @param stations - The liaison stations with their enrolments.
 * @param groups - The deputy groups with their members.
 * @param options - The day and what is required.
 * @returns The violations and counts, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad `asOf` or `require`.
 *
 * @example
 * ```ts
 * import { checkEnrolment } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations, groups } = generateSample({ seed: 1 });
 * const check = checkEnrolment(deputies, stations, groups, { asOf: '2025-12-31' });
 * console.log(check.counts.noStation > 0); // true
 * ```
 * @category Coverage
 */
export function checkEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  groups: Iterable<DeputyGroup>,
  options: CheckEnrolmentOptions,
): EnrolmentCheck {
  return guard('checkEnrolment', () => {
    const checks = new OptionChecks('checkEnrolment');
    const o = checks.options<CheckEnrolmentOptions>(options, 'options', '选项', false);
    checks.asOfDay(o.asOf);
    checks.done();
    const asOf = o.asOf as string;
    const result = coverageEnrolment(deputies, stations, groups, {
      period: { from: asOf, to: asOf },
      asOf,
      require: o.require ?? 'both',
    });
    const violations: EnrolmentCheck['violations'][number][] = [];
    for (const s of result.shortfalls) {
      for (const missing of s.missing ?? []) {
        violations.push({ kind: missing === 'station' ? 'noStation' : 'noGroup', deputyId: s.id });
      }
    }
    violations.sort((a, b) =>
      a.kind < b.kind
        ? -1
        : a.kind > b.kind
          ? 1
          : a.deputyId < b.deputyId
            ? -1
            : a.deputyId > b.deputyId
              ? 1
              : 0,
    );
    return {
      asOf,
      violations,
      counts: {
        noStation: violations.filter((v) => v.kind === 'noStation').length,
        noGroup: violations.filter((v) => v.kind === 'noGroup').length,
      },
    };
  });
}
