import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { deadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { dueDate } from '../../src/calendar/dueDate.js';
import { toCalendarDay } from '../../src/calendar/toCalendarDay.js';

// The same computations, run in this process (whatever TZ the suite runs under) and in child
// processes pinned to zones far from Shanghai, must agree exactly.
const SCRIPT = `
const { dueDate, toCalendarDay, chinaOfficialCalendar, deadlineStatus } = calendar;
const ctx = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
const months = { amount: 1, unit: 'calendarMonths', anchor: 'assignment' };
const out = [
  dueDate('2025-01-31T23:30:00+08:00', months, ctx).day,
  dueDate('2025-01-31T23:30:00+08:00', months, ctx).anchorDay,
  dueDate('2025-09-30T17:00:00+08:00', { amount: 5, unit: 'workingDays', anchor: 'receipt' }, ctx).day,
  toCalendarDay('2025-01-31T16:30:00Z', 'Asia/Shanghai'),
  toCalendarDay('1990-07-01T15:30:00Z', 'Asia/Shanghai'),
  toCalendarDay('2025-03-09T06:30:00Z', 'America/New_York'),
  deadlineStatus({ deadline: dueDate('2024-11-30', { ...months, amount: 3 }, ctx) }, '2025-02-28T16:00:00Z').status,
];
process.stdout.write(JSON.stringify(out));
`;

function inProcess(): string[] {
  const ctx = { timeZone: 'Asia/Shanghai', calendar: chinaOfficialCalendar };
  const months = { amount: 1, unit: 'calendarMonths', anchor: 'assignment' } as const;
  return [
    dueDate('2025-01-31T23:30:00+08:00', months, ctx).day,
    dueDate('2025-01-31T23:30:00+08:00', months, ctx).anchorDay,
    dueDate('2025-09-30T17:00:00+08:00', { amount: 5, unit: 'workingDays', anchor: 'receipt' }, ctx)
      .day,
    toCalendarDay('2025-01-31T16:30:00Z', 'Asia/Shanghai'),
    toCalendarDay('1990-07-01T15:30:00Z', 'Asia/Shanghai'),
    toCalendarDay('2025-03-09T06:30:00Z', 'America/New_York'),
    // Computed here too, not a constant: 16:00Z on 28 Feb is already 1 March in Shanghai.
    deadlineStatus(
      { deadline: dueDate('2024-11-30', { ...months, amount: 3 }, ctx) },
      '2025-02-28T16:00:00Z',
    ).status,
  ];
}

describe('time-zone independence', () => {
  it('gives the expected days in this process, whatever process.env.TZ is', () => {
    expect(inProcess()).toEqual([
      '2025-02-28',
      '2025-01-31',
      '2025-10-14',
      '2025-02-01',
      '1990-07-02',
      '2025-03-09',
      'overdue',
    ]);
  });

  it('gives the same days in processes running under Pacific/Apia, America/New_York and UTC', async () => {
    // Bundle the script with the calendar sources so that a plain `node` child can run it.
    const bundle = await build({
      stdin: {
        contents: `import * as calendar from './src/calendar/index.ts';\n${SCRIPT}`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    for (const zone of ['Pacific/Apia', 'America/New_York', 'UTC', 'Asia/Shanghai']) {
      const output = execFileSync(process.execPath, ['--input-type=module', '-'], {
        input: code,
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect({ zone, days: JSON.parse(output) }).toEqual({ zone, days: inProcess() });
    }
  }, 30_000);
});
