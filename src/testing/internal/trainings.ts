import type { Deputy } from '../../model/deputy.js';
import type { Training } from '../../model/training.js';
import type { TrainingAttendance } from '../../model/trainingAttendance.js';
import type { SampleContext } from './context.js';
import { createRandom } from './random.js';
import type { Roster } from './roster.js';
import { dayNumberOf, dayString } from './time.js';

// Trainings (学习培训) and who attended: initial training for deputies new to the office (every
// deputy in the first year of a term, by-elected ones otherwise), a basic course for the
// jurisdiction's own deputies and thematic courses for a part of everyone. Some deputies are
// excused or absent, so coverage has gaps.

/** A training and its attendance list. */
export interface TrainingWithAttendance {
  readonly training: Training;
  readonly attendances: readonly TrainingAttendance[];
}

export function* trainingRecords(
  ctx: SampleContext,
  roster: Roster,
): Generator<TrainingWithAttendance> {
  const r = createRandom(ctx.seed, 'trainings');
  const organiser = { level: ctx.scCongress.level, jurisdiction: ctx.scCongress.jurisdiction };
  const firstYear = dayNumberOf(dayString(ctx.termStart)) >= ctx.firstDay;
  const own = roster.deputies.filter((d) => d.congress.level === ctx.profile.level);
  const newcomers = firstYear ? own : roster.newcomers;
  const lastJoin = roster.newcomers.reduce(
    (m, d) => Math.max(m, dayNumberOf(d.term.from)),
    ctx.firstDay,
  );
  const plans: { training: Training; invited: readonly Deputy[] }[] = [];
  const start = (offset: number): number => ctx.workingDays.onOrAfter(ctx.firstDay + offset);
  const initialDay = firstYear
    ? start(60)
    : ctx.workingDays.onOrAfter(Math.min(ctx.lastDay - 20, lastJoin + 14));
  plans.push({
    training: {
      id: `T-${ctx.year}-01`,
      kind: 'initial',
      title: '新任人大代表履职学习班',
      organiser,
      period: { from: dayString(initialDay), to: dayString(initialDay + 2) },
      venue: '人大代表培训中心',
      targetLevels: [ctx.profile.level],
      capacity: Math.max(30, newcomers.length + 10),
    },
    invited: newcomers,
  });
  const basicDay = start(110);
  plans.push({
    training: {
      id: `T-${ctx.year}-02`,
      kind: 'basic',
      title: '人大代表履职能力提升培训班',
      organiser,
      period: { from: dayString(basicDay), to: dayString(basicDay + 1) },
      venue: '党校报告厅',
      targetLevels: [ctx.profile.level],
    },
    invited: own.filter(
      (d) => d.status.status === 'inOffice' && dayNumberOf(d.term.from) <= basicDay,
    ),
  });
  const themes = ['《代表法》修改专题学习', '预算审查监督专题培训', '基层立法联系点工作专题培训'];
  themes.forEach((title, k) => {
    const day = start(150 + k * 70);
    plans.push({
      training: {
        id: `T-${ctx.year}-${String(k + 3).padStart(2, '0')}`,
        kind: 'thematic',
        title,
        organiser,
        period: { from: dayString(day) },
        venue: '常委会会议室',
        capacity: 200,
      },
      invited: roster.steady.filter(() => r.chance(0.35)),
    });
  });
  for (const { training, invited } of plans) {
    const days =
      training.period.to === undefined
        ? 1
        : dayNumberOf(training.period.to) - dayNumberOf(training.period.from) + 1;
    const attendances: TrainingAttendance[] = invited.map((deputy) => {
      const status = r.weighted({ attended: 86, excused: 9, absent: 5 });
      return status === 'attended'
        ? { trainingId: training.id, deputyId: deputy.id, status, days }
        : { trainingId: training.id, deputyId: deputy.id, status };
    });
    yield { training, attendances };
  }
}
