import type { AppraisalBallot } from '../../model/appraisalBallot.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { SampleContext } from './context.js';
import { createRandom } from './random.js';
import type { Roster } from './roster.js';
import { dayString } from './time.js';

// 评议建议办理工作 (Hunan) / 办理工作满意度测评 (Lanzhou): at December's standing committee
// session, its members and a panel of deputies rate six handling units' handling of the year's
// suggestions and the handling of two key items, one ballot per rater and subject. A few raters
// are absent, a few abstain; one unit is rated dissatisfied, one basically satisfied, and one key
// item basically satisfied, whatever the seed (the shares are set, the raters drawn).

/** How many units the congress appraises in a year, and the most raters on its roll. */
const UNITS = 6;
const MEMBERS = 60;
const DEPUTIES = 10;
const KEY_ITEMS = 2;

/** The key items appraised: the first suggestions designated key items, gathered as they stream. */
export class AppraisedKeyItems {
  readonly ids: string[] = [];

  offer(suggestion: Suggestion): void {
    if (this.ids.length < KEY_ITEMS && suggestion.keyItem !== undefined)
      this.ids.push(suggestion.id);
  }
}

/** Shares of 满意 and 基本满意 among those present; the rest 不满意, an abstention aside. */
const PROFILES = {
  good: [0.7, 0.25],
  basic: [0.3, 0.45],
  poor: [0.15, 0.25],
} as const;

export function appraisalBallots(
  ctx: SampleContext,
  roster: Roster,
  keyItemIds: readonly string[],
): AppraisalBallot[] {
  const r = createRandom(ctx.seed, 'appraisals');
  const raters = [
    ...roster.members.slice(0, MEMBERS).map((m) => ({ id: m.id, role: 'scMember' as const })),
    ...roster.ownSteady.slice(0, DEPUTIES).map((d) => ({ id: d.id, role: 'deputy' as const })),
  ];
  const absent = new Set(
    r.sample(raters, Math.max(1, Math.round(raters.length * 0.07))).map((x) => x.id),
  );
  const present = raters.filter((x) => !absent.has(x.id));
  const units = r.sample(
    roster.handlingUnitIds.filter((id) => id !== 'U-GOV'),
    UNITS,
  );
  // The first unit drawn is rated dissatisfied, the second basically satisfied; of the key items,
  // the second.
  const subjects = [
    ...units.map((id, i) => ({
      kind: 'unit' as const,
      id,
      profile: i === 0 ? PROFILES.poor : i === 1 ? PROFILES.basic : PROFILES.good,
    })),
    ...keyItemIds.map((id, i) => ({
      kind: 'keyItem' as const,
      id,
      profile: i === 1 ? PROFILES.basic : PROFILES.good,
    })),
  ].sort((a, b) => (a.kind !== b.kind ? (a.kind === 'unit' ? -1 : 1) : a.id < b.id ? -1 : 1));
  const day = dayString(ctx.workingDays.onOrAfter(ctx.lastDay - 20));
  const ballots: AppraisalBallot[] = [];
  for (const [s, subject] of subjects.entries()) {
    const [satisfied, basically] = subject.profile;
    const order = r.sample(present, present.length);
    const verdictOf = new Map<string, AppraisalBallot['verdict'] | 'abstain'>();
    const nSatisfied = Math.round(order.length * satisfied);
    const nBasically = Math.round(order.length * basically);
    order.forEach((rater, i) => {
      verdictOf.set(
        rater.id,
        i < nSatisfied
          ? 'satisfied'
          : i < nSatisfied + nBasically
            ? 'basicallySatisfied'
            : // One rater in three subjects marks no grade (弃权).
              i === order.length - 1 && s % 3 === 0
              ? 'abstain'
              : 'dissatisfied',
      );
    });
    for (const rater of raters) {
      const verdict = verdictOf.get(rater.id);
      ballots.push({
        id: `AB-${ctx.year}-${String(ballots.length + 1).padStart(5, '0')}`,
        raterId: rater.id,
        raterRole: rater.role,
        subject: { kind: subject.kind, id: subject.id },
        year: ctx.year,
        day,
        ...(verdict === undefined ? { absent: true } : verdict === 'abstain' ? {} : { verdict }),
      });
    }
  }
  return ballots;
}
