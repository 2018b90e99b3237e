import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import {
  ATTENDANCE_STATUSES,
  parseTrainingAttendance,
  safeParseTrainingAttendance,
} from '../../src/model/trainingAttendance.js';

const valid = { trainingId: 'T-1', deputyId: 'D-1', status: 'attended', days: 4 };

function issuesOf(input: unknown) {
  const result = safeParseTrainingAttendance(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseTrainingAttendance', () => {
  it('accepts a valid attendance, strips unknown keys and freezes the result', () => {
    const result = safeParseTrainingAttendance({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseTrainingAttendance(valid);
    expect(parseTrainingAttendance(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every status, with or without days', () => {
    for (const status of ATTENDANCE_STATUSES) {
      expect(safeParseTrainingAttendance({ trainingId: 'T-1', deputyId: 'D-1', status }).ok).toBe(
        true,
      );
    }
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { trainingId: _omitted, ...noTraining } = valid;
    const [issue] = issuesOf(noTraining);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['trainingId'] });
    expect(issue?.message['zh-Hans']).toContain('培训');
    expect(issue?.message.en).toContain('training');
  });

  it('rejects an unknown status with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, status: 'late' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['status'] });
  });

  it('rejects fractional days with INVALID_TYPE', () => {
    const [issue] = issuesOf({ ...valid, days: 1.5 });
    expect(issue).toMatchObject({ code: 'INVALID_TYPE', path: ['days'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, deputyId: ' D-1 ', extra: 1 });
    const before = structuredClone(input);
    safeParseTrainingAttendance(input);
    expect(input).toEqual(before);
  });
});

describe('parseTrainingAttendance', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseTrainingAttendance({})).toThrow(RendaError);
    try {
      parseTrainingAttendance({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
