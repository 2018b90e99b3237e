import { describe, expect, it } from 'vitest';
import { coverageDutyReports } from '../../../src/connections/coverage/coverageDutyReports.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { deepFreeze, deputy, isDeeplyFrozen, report } from './fixtures.js';

const TERM = { from: '2022-01-04', to: '2027-01-03' } as const;
const PERIOD = { from: '2023-01-01', to: '2025-12-31' } as const;
const everyYear = deputy('D-1');
const once = deputy('D-2');
const never = deputy('D-3');
const deputies = deepFreeze([everyYear, once, never]);
const reports = deepFreeze([
  report('D-1', '2023-05-01'),
  report('D-1', '2024-05-01'),
  report('D-1', '2025-05-01'),
  report('D-2', '2024-11-01'),
]);

describe('coverageDutyReports', () => {
  it('covers deputies who reported once in the term', () => {
    const r = coverageDutyReports(deputies, reports, { period: TERM, per: 'term' });
    expect(r.covered).toEqual(['D-1', 'D-2']);
    expect(r.shortfalls.map((s) => s.id)).toEqual(['D-3']);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('checks every calendar year with per: year and names the worst year', () => {
    const r = coverageDutyReports(deputies, reports, { period: PERIOD, per: 'year' });
    expect(r.covered).toEqual(['D-1']);
    expect(r.shortfalls).toEqual([
      {
        id: 'D-2',
        name: '代表D-2',
        have: 0,
        need: 1,
        short: 1,
        window: { from: '2023-01-01', to: '2023-12-31' },
      },
      {
        id: 'D-3',
        name: '代表D-3',
        have: 0,
        need: 1,
        short: 1,
        window: { from: '2023-01-01', to: '2023-12-31' },
      },
    ]);
  });

  it('rejects an unknown frequency', () => {
    expect(() =>
      coverageDutyReports(deputies, reports, { period: TERM, per: 'month' as 'year' }),
    ).toThrow(RendaError);
  });
});
