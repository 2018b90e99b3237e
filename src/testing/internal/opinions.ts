import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { HistoryEntry } from '../../model/shared/historyEntry.js';
import type { SampleContext } from './context.js';
import { createRandom, type Random } from './random.js';
import type { Roster } from './roster.js';
import { DAY, dayOfMoment, dayString, HOUR, isoOf, momentOf } from './time.js';
import { personName, TOPICS } from './vocabulary.js';

// Constituents' opinions (群众意见) through their closed loop: received, screened, answered on
// the spot or referred, handled, fed back and closed, or turned into a deputy's suggestion. The
// history uses one event per step: receive, accept, notAccept, merge, answerOnSite, analyse,
// refer, startHandling, handle, feedBack, close, convertToSuggestion. These histories predate the
// opinion workflow (renda/opinion) and are not replayed by it.

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

const OUTCOMES = {
  notAccepted: 8,
  answeredOnSite: 22,
  analysed: 3,
  referred: 6,
  inHandling: 8,
  handled: 6,
  fedBack: 10,
  closed: 30,
  convertedToSuggestion: 5,
  received: 2,
  accepted: 2,
  merged: 2,
} as const;

const NOT_ACCEPTED = [
  'personalMatter',
  'litigationOrArbitration',
  'complaintOrAccusation',
  'legalConsultation',
  'outsideRemit',
  'unlawful',
  'vague',
] as const;

/** Where the opinion came in, who received it and when. */
export interface OpinionOrigin {
  readonly id: string;
  readonly channel: ConstituentOpinion['channel'];
  readonly receivedAt: number;
  readonly deputyIds: readonly string[];
  readonly stationId?: string;
  /** An opinion received just before, which a repeat of the same matter may be merged into. */
  readonly duplicateOf?: string;
}

/** One opinion, played out from its origin until `asOf`. */
export function buildOpinion(
  ctx: SampleContext,
  roster: Roster,
  r: Random,
  origin: OpinionOrigin,
): ConstituentOpinion {
  const [topic, title, unitName] = r.pick(TOPICS);
  const receivedAt = origin.receivedAt;
  const staff = { role: 'liaisonOffice', id: ctx.officeId };
  const receiver =
    origin.deputyIds.length > 0 ? { role: 'deputy', id: origin.deputyIds[0] as string } : staff;
  const record: Mutable<ConstituentOpinion> = {
    id: origin.id,
    rulesVersion: ctx.rulesVersion,
    channel: origin.channel,
    receivedAt: isoOf(receivedAt),
    receivedDay: dayString(dayOfMoment(receivedAt)),
    deputyIds: [...origin.deputyIds],
    content: `群众反映：${title.replace(/^关于/, '').replace(/的建议$/, '')}问题，希望尽快解决。`,
    topic,
    state: 'received',
    round: 1,
    reminders: [],
    handlings: [],
    feedbacks: [],
    callbacks: [],
    history: [],
  };
  if (origin.stationId !== undefined) record.stationId = origin.stationId;
  if (r.chance(0.6)) record.submitter = { name: personName(r) };
  let now = receivedAt;
  const step = (
    type: string,
    at: number,
    actor: { role: string; id: string },
  ): number | undefined => {
    const moment = at < now ? now : at;
    if (moment > ctx.asOf) return undefined;
    now = moment;
    const entry: Mutable<HistoryEntry> = {
      type,
      at: isoOf(moment),
      recordedAt: isoOf(moment),
      actor,
    };
    record.history.push(entry);
    return moment;
  };
  const working = (days: number): number =>
    momentOf(ctx.workingDays.add(dayOfMoment(now), days), r.int(9 * 60, 17 * 60));
  step('receive', receivedAt, receiver);
  const outcome = r.weighted(OUTCOMES);
  if (outcome === 'received') return record as ConstituentOpinion;
  if (outcome === 'notAccepted') {
    if (step('notAccept', now + 2 * HOUR, staff) === undefined) return record as ConstituentOpinion;
    record.state = 'notAccepted';
    record.notAcceptedReason = r.pick(NOT_ACCEPTED);
    return record as ConstituentOpinion;
  }
  if (outcome === 'merged' && origin.duplicateOf !== undefined) {
    if (step('merge', now + 2 * HOUR, staff) === undefined) return record as ConstituentOpinion;
    record.state = 'merged';
    record.mergedInto = origin.duplicateOf;
    return record as ConstituentOpinion;
  }
  // The first opinion of a batch has nothing to repeat: it stays accepted instead.
  if (outcome === 'accepted' || outcome === 'merged') {
    if (step('accept', now + HOUR, staff) === undefined) return record as ConstituentOpinion;
    record.state = 'accepted';
    return record as ConstituentOpinion;
  }
  if (outcome === 'answeredOnSite') {
    if (step('answerOnSite', now + 20 * 60_000, receiver) === undefined)
      return record as ConstituentOpinion;
    record.state = 'answeredOnSite';
    return record as ConstituentOpinion;
  }
  if (step('analyse', working(1), staff) === undefined) return record as ConstituentOpinion;
  record.state = 'analysed';
  if (outcome === 'analysed') return record as ConstituentOpinion;
  if (outcome === 'convertedToSuggestion') {
    if (step('convertToSuggestion', working(r.int(2, 10)), receiver) === undefined) {
      return record as ConstituentOpinion;
    }
    record.state = 'convertedToSuggestion';
    const index = r.int(
      FIRST_RANDOM_SUGGESTION,
      Math.max(FIRST_RANDOM_SUGGESTION, ctx.profile.suggestions),
    );
    record.suggestionId = `S-${ctx.year}-${String(index).padStart(7, '0')}`;
    return record as ConstituentOpinion;
  }
  const to = r.weighted({ street: 4, district: 2, department: 4 });
  const referredAt = step('refer', working(r.int(1, 2)), staff);
  if (referredAt === undefined) return record as ConstituentOpinion;
  const referral: Mutable<NonNullable<ConstituentOpinion['referral']>> = {
    to,
    at: isoOf(referredAt),
    dueDay: dayString(ctx.workingDays.add(dayOfMoment(referredAt), 10)),
    extensions: [],
  };
  if (to === 'department') referral.unitId = roster.unitByName.get(unitName) ?? 'U-GOV';
  record.referral = referral;
  record.state = 'referred';
  if (outcome === 'referred') return record as ConstituentOpinion;
  const unit = { role: 'handlingUnit', id: referral.unitId ?? 'U-GOV' };
  if (step('startHandling', working(1), unit) === undefined) return record as ConstituentOpinion;
  record.state = 'inHandling';
  if (outcome === 'inHandling') return record as ConstituentOpinion;
  const handledAt = step('handle', working(r.int(3, 14)), unit);
  if (handledAt === undefined) return record as ConstituentOpinion;
  record.state = 'handled';
  record.handledAt = isoOf(handledAt);
  if (outcome === 'handled') return record as ConstituentOpinion;
  const fedBackAt = step('feedBack', working(r.int(1, 3)), receiver);
  if (fedBackAt === undefined) return record as ConstituentOpinion;
  record.state = 'fedBack';
  record.feedback = {
    at: isoOf(fedBackAt),
    channel: r.pick(['inPerson', 'written', 'phone', 'online'] as const),
    satisfaction: r.weighted({ satisfied: 80, basicallySatisfied: 15, dissatisfied: 5 }),
  };
  if (outcome === 'fedBack') return record as ConstituentOpinion;
  if (step('close', now + r.int(1, 5) * DAY, staff) === undefined)
    return record as ConstituentOpinion;
  record.state = 'closed';
  return record as ConstituentOpinion;
}

/** Opinions link only to suggestions drawn at random, past the forced ones. */
const FIRST_RANDOM_SUGGESTION = 40;

/** Opinions that came in without an activity: online, by deputy code, 12345, letters. */
export function* standaloneOpinions(
  ctx: SampleContext,
  roster: Roster,
): Generator<ConstituentOpinion> {
  const count = Math.max(10, Math.round(ctx.profile.deputies / 2));
  for (let i = 0; i < count; i++) {
    const r = createRandom(ctx.seed, `opinion/${i}`);
    const channel = r.weighted({
      online: 35,
      deputyCode: 25,
      hotline12345: 20,
      letter: 12,
      other: 8,
    });
    const day = r.int(ctx.firstDay, ctx.lastDay);
    const deputy =
      channel === 'hotline12345' || channel === 'letter' ? [] : [r.pick(roster.steady).id];
    yield buildOpinion(ctx, roster, r, {
      id: `O-${ctx.year}-${String(i + 1).padStart(7, '0')}`,
      ...(i > 0 ? { duplicateOf: `O-${ctx.year}-${String(i).padStart(7, '0')}` } : {}),
      channel,
      receivedAt: momentOf(day, r.int(0, 18 * 60)),
      deputyIds: deputy,
      ...(channel === 'online' ? { stationId: roster.onlineStationId } : {}),
    });
  }
}
