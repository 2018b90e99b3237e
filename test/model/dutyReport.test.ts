import { describe, expect, it } from 'vitest';
import {
  DUTY_REPORT_MODES,
  parseDutyReport,
  safeParseDutyReport,
} from '../../src/model/dutyReport.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'R-1',
  deputyId: 'D-1',
  day: '2025-06-20',
  stationId: 'ST-1',
  audience: 62,
  mode: 'oral',
  ratings: { satisfied: 55, basicallySatisfied: 6, dissatisfied: 1 },
  published: true,
  note: '现场公布测评结果',
};

function issuesOf(input: unknown) {
  const result = safeParseDutyReport(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseDutyReport', () => {
  it('accepts a valid report, strips unknown keys and freezes the result', () => {
    const result = safeParseDutyReport({
      ...valid,
      extra: 'dropped',
      ratings: { ...valid.ratings, extra: 1 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect('extra' in (result.value.ratings ?? {})).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.ratings)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseDutyReport(valid);
    expect(parseDutyReport(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every mode, and an audience below 50 (a threshold is policy, not a rule)', () => {
    for (const mode of DUTY_REPORT_MODES) {
      expect(safeParseDutyReport({ ...valid, mode, audience: 12 }).ok).toBe(true);
    }
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { audience: _omitted, ...noAudience } = valid;
    const [issue] = issuesOf(noAudience);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['audience'] });
    expect(issue?.message['zh-Hans']).toContain('出席选民数');
    expect(issue?.message.en).toContain('voters attending');
  });

  it('rejects an unknown mode with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, mode: 'video' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['mode'] });
  });

  it('rejects an impossible day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, day: '2025-06-31' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['day'] });
  });

  it('rejects a negative rating count with TOO_SMALL', () => {
    const [issue] = issuesOf({ ...valid, ratings: { ...valid.ratings, dissatisfied: -1 } });
    expect(issue).toMatchObject({ code: 'TOO_SMALL', path: ['ratings', 'dissatisfied'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, deputyId: ' D-1 ', extra: 1 });
    const before = structuredClone(input);
    safeParseDutyReport(input);
    expect(input).toEqual(before);
  });
});

describe('parseDutyReport', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseDutyReport({})).toThrow(RendaError);
    try {
      parseDutyReport({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
