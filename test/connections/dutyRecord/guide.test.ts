import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dutyRecord } from '../../../src/connections/dutyRecord/dutyRecord.js';
import { sessionAttendanceReport } from '../../../src/connections/dutyRecord/sessionAttendanceReport.js';
import { generateSample } from '../../../src/testing/generateSample.js';

const guide = readFileSync(new URL('../../../docs/duty-record.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const sample = generateSample({ seed: 1 });
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('the duty-record guide (docs/duty-record.md)', () => {
  it('prints what the bulletin code prints', () => {
    const report = sessionAttendanceReport(
      sample.deputies,
      [...sample.performanceRecords, ...sample.activities],
      { period },
    );
    for (const s of report.sessions.filter((s) => s.body === 'congress')) {
      const line = `${s.session} 出席 ${s.attended.length} 人，请假 ${s.excused.length} 人，缺席 ${s.unexcused.length} 人`;
      expect(guide).toContain(`// ${line}`);
    }
  });

  it('shows the record of D-000001 as it is', () => {
    const mine = dutyRecord('D-000001', sample, { period });
    expect(mine.opinions.byState).toEqual({
      closed: 5,
      analysed: 1,
      fedBack: 1,
      answeredOnSite: 1,
    });
    expect(mine.suggestions.items[0]).toEqual({
      id: 'S-2025-0000008',
      kind: 'suggestion',
      role: 'co',
      day: '2025-01-10',
      state: 'closed',
      outcomes: [{ unitId: 'U-001', outcomeClass: 'A' }],
      evaluations: [{ round: 1, grade: 'satisfied', attitude: 'satisfied' }],
    });
  });

  it('is linked from the README’s guide table', () => {
    expect(readme).toContain('| [The duty record](docs/duty-record.md) | 履职档案 |');
  });
});
