import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { labelTable } from '../../src/i18n/labelTable.js';
import { OPINION_NOT_ACCEPTED_REASONS } from '../../src/model/constituentOpinion.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import {
  defaultOpinionPolicy,
  defineOpinionPolicy,
  safeDefineOpinionPolicy,
} from '../../src/opinion/opinionPolicy.js';
import { isDeepFrozen } from '../workflow/support/isDeepFrozen.js';

describe('defaultOpinionPolicy', () => {
  it('has the 12345 bureau’s limits: urgent the same day, enquiries 3 wd, complaints 13 wd', () => {
    const limits = Object.fromEntries(
      defaultOpinionPolicy.categories.map((c) => [c.code, c.workingDays]),
    );
    expect(limits).toEqual({ urgent: 0, enquiry: 3, help: 3, complaint: 13, suggestion: 13 });
    expect(defaultOpinionPolicy.calendar).toBe(chinaOfficialCalendar);
    expect(isDeepFrozen(defaultOpinionPolicy)).toBe(true);
  });

  it('lists the default reasons with the label table’s words', () => {
    expect(defaultOpinionPolicy.notAcceptedReasons.map((r) => r.code)).toEqual([
      ...OPINION_NOT_ACCEPTED_REASONS,
    ]);
    const vague = defaultOpinionPolicy.notAcceptedReasons.find((r) => r.code === 'vague');
    expect(vague?.label['zh-Hans']).toBe(labelTable.opinionNotAcceptedReason.vague[0]);
  });
});

describe('defineOpinionPolicy', () => {
  it('overrides what differs and keeps the rest, merging extension one level deep', () => {
    const p = defineOpinionPolicy({ id: 'x', version: 2, maxReopenRounds: 0, extension: {} });
    expect(p).toMatchObject({
      id: 'x',
      version: 2,
      maxReopenRounds: 0,
      extension: { maxWorkingDays: 10 },
    });
    expect(p.categories).toEqual(defaultOpinionPolicy.categories);
  });

  it('keeps the caller’s calendar unfrozen', () => {
    const calendar = { id: 'mine', isWorkingDay: (day: string) => day !== '2025-01-01' };
    const p = defineOpinionPolicy({ id: 'x', version: 1, calendar });
    expect(Object.isFrozen(calendar)).toBe(false);
    expect(p.calendar.isWorkingDay('2025-01-01')).toBe(false);
  });

  it('refuses an unknown key, a duplicate category and a negative limit, naming the field', () => {
    const typo = safeDefineOpinionPolicy({ id: 'x', version: 1, maxReopenRound: 1 } as never);
    expect(typo.ok || typo.error.issues[0]?.code).toBe('UNKNOWN_KEY');
    const label = { 'zh-Hans': '咨询', 'zh-Hant': '諮詢', en: 'Enquiry' };
    const twice = safeDefineOpinionPolicy({
      id: 'x',
      version: 1,
      categories: [
        { code: 'enquiry', label, workingDays: 3 },
        { code: 'enquiry', label, workingDays: 5 },
      ],
    });
    expect(twice.ok || twice.error.issues[0]).toMatchObject({
      code: 'DUPLICATE_CATEGORY',
      path: ['categories'],
    });
    const negative = safeDefineOpinionPolicy({
      id: 'x',
      version: 1,
      categories: [{ code: 'enquiry', label, workingDays: -1 }],
    });
    expect(negative.ok || negative.error.issues[0]?.path).toEqual(['categories', 0, 'workingDays']);
    expect(() => defineOpinionPolicy({ id: 'x', version: 0 })).toThrow(RendaError);
    expect(safeDefineOpinionPolicy(undefined as never).ok).toBe(false);
  });
});
