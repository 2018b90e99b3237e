import type { KeyItemPlanInput } from '../../model/keyItemPlan.js';
import type { KeyItemRecord, KeyItemSource } from './keyItemSource.js';
import { createRandom } from './random.js';
import { dayOf, dayString, isoOf } from './time.js';
import { zonedDay, zonedMoment } from './zonedMoment.js';

type KeyItemMilestoneInput = KeyItemPlanInput['milestones'][number];

/** When the standing committee took the vote and heard the report, as far as the sample knows. */
export interface Sittings {
  /** Epoch of the satisfaction vote. */
  readonly vote: number | undefined;
  /** Epoch of the session that hears the government's report. */
  readonly report: number | undefined;
}

/** The plan's items: one per topic, in the order the topics first appear in the sample. */
export function planItemsOf(keyItems: readonly KeyItemRecord[]): KeyItemPlanInput['items'] {
  const byTopic = new Map<string, KeyItemRecord[]>();
  for (const record of keyItems) {
    const records = byTopic.get(record.topic);
    if (records === undefined) byTopic.set(record.topic, [record]);
    else records.push(record);
  }
  return [...byTopic].map(([topic, records], i) => {
    const leadUnitIds = [...new Set(records.flatMap((r) => r.leadUnitIds))];
    // Records of one topic share leads (one government leader, often one committee): list each
    // once, the same lead being the same data.
    const leads = new Map<string, unknown>();
    for (const lead of records.flatMap((r) => r.leads)) leads.set(JSON.stringify(lead), lead);
    return {
      id: `K-${i + 1}`,
      topic,
      suggestionIds: records.map((r) => r.id),
      ...(leadUnitIds.length > 0 ? { leadUnitIds } : {}),
      leads: [...leads.values()] as KeyItemPlanInput['items'][number]['leads'],
    };
  });
}

const AFTERNOON = 16 * 60;
const SLIPS = ['handlingPlan', 'survey'] as const;

/**
 * The year's key-item plan of a sample, on Rizhao's calendar (DOMAIN §2.12) in the policy's
 * zone: designation by 30 April, handling plans by 31 May, supervision 1 June–31 October, a
 * summary per item by 31 October, a survey by 15 November, the satisfaction vote by 30 November
 * and the report to the standing committee by 31 December. Designation is met when the first
 * key item was designated, the vote and the report at their sessions (`sittings`).
 *
 * Real plans slip, and a dashboard needs something to show, so the seed makes either the
 * handling plans or the survey late by 2–8 days, and one item's summary never come. A
 * milestone is met (`doneAt`) only when that moment is on or before `asOf`.
 */
export function keyItemPlanOf(source: KeyItemSource, sittings: Sittings): KeyItemPlanInput {
  const { seed, year, timeZone, keyItems, asOf } = source;
  const random = createRandom(seed, 'keyItemPlan');
  const items = planItemsOf(keyItems);
  const day = (month: number, date: number) => dayOf(year, month, date);
  const at = (dayNumber: number) => zonedMoment(dayNumber, AFTERNOON, timeZone);
  // The plan-wide draws come first, so how many items a sample has never shifts them.
  const slipped = random.pick(SLIPS);
  const slipDays = random.int(2, 8);
  const handlingPlanDay = day(5, random.int(10, 31));
  const surveyDay = day(11, random.int(3, 15));
  const summaryDays = items.map(() => day(10, random.int(15, 31)));
  const missedSummary = items.length === 0 ? -1 : random.int(0, items.length - 1);

  const designations = keyItems.map((r) => r.designatedAt);
  const firstDesignation = designations.length > 0 ? Math.min(...designations) : undefined;
  const milestone = (
    id: string,
    kind: KeyItemMilestoneInput['kind'],
    name: string,
    dueDay: number,
    metAt: number | undefined,
    extra: Partial<KeyItemMilestoneInput> = {},
  ): KeyItemMilestoneInput => ({
    id,
    kind,
    name,
    ...extra,
    dueDay: dayString(dueDay),
    ...(metAt !== undefined && metAt <= asOf ? { doneAt: isoOf(metAt) } : {}),
  });
  const handlingPlanDue = day(5, 31);
  const surveyDue = day(11, 15);
  const milestones: KeyItemMilestoneInput[] = [
    milestone('M-DESIGNATION', 'designation', '确定重点督办建议', day(4, 30), firstDesignation),
    milestone(
      'M-HANDLING-PLAN',
      'handlingPlan',
      '制定办理方案',
      handlingPlanDue,
      at(slipped === 'handlingPlan' ? handlingPlanDue + slipDays : handlingPlanDay),
    ),
    milestone('M-SUPERVISION', 'supervisionPeriod', '督办期', day(10, 31), at(day(10, 31)), {
      startDay: dayString(day(6, 1)),
    }),
    ...items.map((item, i) =>
      milestone(
        `M-SUMMARY-${item.id}`,
        'summary',
        `督办总结：${item.topic}`,
        day(10, 31),
        i === missedSummary ? undefined : at(summaryDays[i] as number),
        { itemIds: [item.id] },
      ),
    ),
    milestone(
      'M-SURVEY',
      'survey',
      '调查',
      surveyDue,
      at(slipped === 'survey' ? surveyDue + slipDays : surveyDay),
      { startDay: dayString(day(11, 1)) },
    ),
    milestone('M-VOTE', 'satisfactionVote', '满意度测评', day(11, 30), sittings.vote),
    milestone('M-REPORT', 'report', '向常委会报告办理情况', day(12, 31), sittings.report),
  ];
  return {
    id: `P-${year}`,
    year,
    timeZone,
    ...designatedByOf(keyItems),
    ...(firstDesignation === undefined
      ? {}
      : { designatedOn: dayString(zonedDay(firstDesignation, timeZone)) }),
    items,
    milestones,
  };
}

function designatedByOf(keyItems: readonly KeyItemRecord[]): { designatedBy?: string } {
  const designatedBy = keyItems.find((r) => r.designatedBy !== undefined)?.designatedBy;
  return designatedBy === undefined ? {} : { designatedBy };
}
