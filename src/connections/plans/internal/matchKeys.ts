import type { Deputy } from '../../../model/deputy.js';
import type { StandingCommitteeMember } from '../../../model/standingCommitteeMember.js';
import { rangeContains } from '../../coverage/internal/days.js';
import { areaPrefix, prefixesOf } from './areaKeys.js';
import type { ReadRules } from './readRules.js';

// Matching works on string keys: a member is filed under each key it covers, and a deputy looks
// up each key that describes it, so one deputy costs a few map look-ups whatever the number of
// members. `c:` is an exact electoral unit, constituency or code; `p:` a division-code prefix;
// `f:` a field (composition category or committee id).

/** The keys a member covers under the rules' matching (internal). */
export function memberKeys(
  rules: ReadRules,
  member: StandingCommitteeMember,
  own: Deputy | undefined,
  day: string,
): string[] {
  if (rules.matching === 'area') {
    const codes = rules.memberAreas.get(member.id);
    if (codes !== undefined) return codes.flatMap((code) => [`c:${code}`, `p:${areaPrefix(code)}`]);
    return own === undefined ? [] : [`c:${own.constituency.id}`];
  }
  if (rules.matching === 'field') {
    const fields = rules.memberFields.get(member.id);
    if (fields !== undefined) return fields.map((field) => `f:${field}`);
    return own === undefined ? [] : deputyFieldKeys(own, day);
  }
  return [];
}

/** The keys that describe a deputy under the rules' matching (internal). */
export function deputyKeys(rules: ReadRules, deputy: Deputy, day: string): string[] {
  if (rules.matching === 'area') {
    return [
      `c:${deputy.constituency.id}`,
      `c:${deputy.congress.jurisdiction}`,
      ...prefixesOf(areaPrefix(deputy.congress.jurisdiction)).map((p) => `p:${p}`),
    ];
  }
  if (rules.matching === 'field') return deputyFieldKeys(deputy, day);
  return [];
}

/** A deputy's fields: composition categories and the committees they sit on that day. */
export function deputyFieldKeys(deputy: Deputy, day: string): string[] {
  const keys = deputy.occupations.map((o) => `f:${o}`);
  for (const m of deputy.memberships) {
    if (m.kind === 'committee' && rangeContains(m, day)) keys.push(`f:${m.orgId}`);
  }
  return keys;
}
