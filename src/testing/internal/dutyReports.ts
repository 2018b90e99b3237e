import type { DutyReport } from '../../model/dutyReport.js';
import type { SampleContext } from './context.js';
import { createRandom } from './random.js';
import type { Roster } from './roster.js';
import { dayString } from './time.js';

// Duty reports (向选民述职): about a quarter of the jurisdiction's own deputies report in a year
// (述职 rotates over a term), mostly before at least 50 voters; some fall short of that.

export function* dutyReportRecords(ctx: SampleContext, roster: Roster): Generator<DutyReport> {
  let n = 0;
  for (const [area, local] of roster.steadyByArea.entries()) {
    const r = createRandom(ctx.seed, `dutyReports/${area}`);
    const central = roster.receptionStations.find(
      (s) => s.area === area && s.station.tier === 'central',
    );
    for (const deputy of local) {
      if (deputy.congress.level !== ctx.profile.level || !r.chance(0.25)) continue;
      n += 1;
      const audience = r.chance(0.12) ? r.int(18, 49) : r.int(50, 160);
      const rated = r.chance(0.85);
      const satisfied = Math.round(audience * (0.7 + r.next() * 0.25));
      const basically = Math.round((audience - satisfied) * 0.8);
      const report: DutyReport = {
        id: `DR-${ctx.year}-${String(n).padStart(6, '0')}`,
        deputyId: deputy.id,
        day: dayString(ctx.workingDays.onOrAfter(r.int(ctx.firstDay + 60, ctx.lastDay - 10))),
        ...(central !== undefined ? { stationId: central.station.id } : {}),
        audience,
        mode: r.weighted({ oral: 80, written: 12, online: 8 }),
        ...(rated
          ? {
              ratings: {
                satisfied,
                basicallySatisfied: basically,
                dissatisfied: audience - satisfied - basically,
              },
            }
          : {}),
        published: r.chance(0.7),
      };
      yield report;
    }
  }
}
