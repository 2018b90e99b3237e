import type { Congress, CongressLevel } from '../../model/shared/congress.js';
import {
  definePolicy,
  formatRulesVersion,
  type SuggestionPolicy,
} from '../../suggestion/policy.js';
import type { SampleContext } from './context.js';
import { jurisdictionAt, LEVELS_ABOVE, type NamedSize, profileOf, termOf } from './profile.js';
import { dayOf, momentOf, workingDays } from './time.js';

/**
 * The policy samples run under: the default rules with re-handling capped at two rounds, so that
 * "closed as rounds exhausted" can happen (the default policy sets no cap), and the result and the
 * attitude graded apart (上海's form), so that both satisfaction rates have figures.
 */
let cachedPolicy: SuggestionPolicy | undefined;
export function samplePolicy(): SuggestionPolicy {
  cachedPolicy ??= definePolicy({
    id: 'sample',
    version: 1,
    maxReHandlingRounds: 2,
    evaluationDimensions: 'resultAndAttitude',
    reasonCodes: SAMPLE_REASON_CODES,
  });
  return cachedPolicy;
}

const reason = (code: string, hans: string, hant: string, en: string) => ({
  code,
  label: { 'zh-Hans': hans, 'zh-Hant': hant, en },
});

/** The reasons the sample's office reports by code (理由代码); the sample uses the first of each. */
const SAMPLE_REASON_CODES = {
  withdraw: [
    reason('solved', '问题已解决', '問題已解決', 'The problem was solved'),
    reason('mistaken', '内容有误', '內容有誤', 'Submitted in error'),
    reason('other', '其他', '其他', 'Other'),
  ],
  requestReturn: [
    reason('notInRemit', '不属于本单位职责', '不屬於本單位職責', 'Not this unit’s remit'),
    reason('needsAnother', '需其他单位办理', '需其他單位辦理', 'Another unit must handle it'),
    reason('other', '其他', '其他', 'Other'),
  ],
  reassign: [
    reason('returnApproved', '调整申请已批准', '調整申請已批准', 'Return approved'),
    reason('reorganised', '机构改革', '機構改革', 'The unit was reorganised'),
  ],
  close: [
    reason(
      'answered',
      '已答复，代表未再提出意见',
      '已答覆，代表未再提出意見',
      'Answered; the deputy raised nothing more',
    ),
    reason('other', '其他', '其他', 'Other'),
  ],
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The shared context of a sample for a seed, a size and a year. */
export function createContext(
  seed: number,
  size: NamedSize | { readonly deputies: number },
  year: number,
): SampleContext {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number: ${seed}`);
  if (!Number.isSafeInteger(year) || year < 2000 || year > 2098) {
    throw new RangeError(`year must be a whole number from 2000 to 2098: ${year}`);
  }
  const profile = profileOf(size);
  const policy = samplePolicy();
  const home = profile.jurisdiction;
  const cache = new Map<string, Congress>();
  const congressAt = (level: CongressLevel, area: number): Congress => {
    let jurisdiction: string;
    if (level === profile.level || LEVELS_ABOVE[profile.level].includes(level)) {
      jurisdiction = jurisdictionAt(level, home);
    } else if (level === 'city') {
      jurisdiction = `${home.slice(0, 2)}${pad((area % 11) + 1, 2)}00`;
    } else if (level === 'county') {
      const city =
        profile.level === 'city'
          ? home.slice(0, 4)
          : `${home.slice(0, 2)}${pad((area % 11) + 1, 2)}`;
      jurisdiction = `${city}${pad((area % 9) + 1, 2)}`;
    } else {
      const county =
        profile.level === 'county'
          ? home
          : profile.level === 'city'
            ? `${home.slice(0, 4)}${pad((area % 9) + 1, 2)}`
            : `${home.slice(0, 2)}${pad((area % 11) + 1, 2)}${pad((area % 9) + 1, 2)}`;
      jurisdiction = `${county}${pad(100 + (area % 20), 3)}`;
    }
    const key = `${level}|${jurisdiction}`;
    let congress = cache.get(key);
    if (congress === undefined) {
      congress = { jurisdiction, level, term: termOf(level, year).term };
      cache.set(key, congress);
    }
    return congress;
  };
  const congress = congressAt(profile.level, 0);
  const scCongress = profile.level === 'township' ? congressAt('county', 0) : congress;
  const wd = workingDays(policy.calendar);
  const sessionStart = wd.onOrAfter(dayOf(year, 1, 10));
  const { start } = termOf(profile.level, year);
  const next = termOf(profile.level, start[0] + 5).start;
  return {
    seed,
    year,
    profile,
    policy,
    rulesVersion: formatRulesVersion(policy),
    congress,
    scCongress,
    congressAt,
    firstDay: dayOf(year, 1, 1),
    lastDay: dayOf(year, 12, 31),
    asOf: momentOf(dayOf(year, 12, 31), 18 * 60),
    sessionDays: [sessionStart, sessionStart + 3],
    sessionNumber: Math.max(1, year - start[0] + 1),
    termStart: dayOf(start[0], start[1], start[2]),
    termEnd: dayOf(next[0], next[1], next[2]) - 1,
    workingDays: wd,
    officeId: `OFFICE-${scCongress.jurisdiction}`,
  };
}
