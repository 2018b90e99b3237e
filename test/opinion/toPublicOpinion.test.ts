import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { safeToPublicOpinion, toPublicOpinion } from '../../src/opinion/toPublicOpinion.js';
import { assigned, fedBack, intake, OFFICE, ok, received, SYSTEM } from './support/opinions.js';

describe('toPublicOpinion', () => {
  it('shows a received ticket as open, with its times and the state as the note', () => {
    const r = received();
    expect(toPublicOpinion(r)).toEqual({
      service_request_id: 'O-1',
      status: 'open',
      status_notes: '已登记',
      requested_datetime: '2025-09-26T02:00:00.000Z',
      updated_datetime: '2025-09-26T02:00:00.000Z',
    });
  });

  it('names the category, the unit and the latest event once assigned', () => {
    const view = toPublicOpinion(assigned('complaint'), {
      locale: 'en',
      policy: defaultOpinionPolicy,
    });
    expect(view).toEqual({
      service_request_id: 'O-1',
      status: 'open',
      status_notes: 'Referred',
      service_code: 'complaint',
      service_name: 'Complaint',
      requested_datetime: '2025-09-26T02:00:00.000Z',
      updated_datetime: '2025-09-26T02:20:00.000Z',
      agency_responsible: 'U-STREET',
      // Thirteen working days, over the National Day holiday and both 调休 weekends.
      expected_datetime: '2025-10-21',
    });
    // Without the policy the category is named by its code.
    expect(toPublicOpinion(assigned('complaint')).service_name).toBe('complaint');
  });

  it('is closed once the loop ends, with the outcome in the note', () => {
    const closed = ok(fedBack(), SYSTEM, '2025-10-09T09:00:00+08:00', 'callback', {
      satisfaction: 'satisfied',
    });
    const view = toPublicOpinion(closed, { locale: 'zh-Hant' });
    expect(view.status).toBe('closed');
    expect(view.status_notes).toBe('已辦結 · 已解決');
    expect(view.updated_datetime).toBe('2025-10-09T01:00:00.000Z');
    // Nothing is awaited of a closed ticket.
    expect(view.expected_datetime).toBeUndefined();
    const merged = ok(received(), OFFICE, '2025-09-26T11:00:00+08:00', 'mergeDuplicate', {
      intoOpinionId: 'O-0',
    });
    expect(toPublicOpinion(merged).status).toBe('closed');
  });

  it('drops the submitter, the content and every note, whatever else the record carries', () => {
    const r = { ...assigned(), officeNote: `内部：${intake.submitter?.mobile}` };
    const text = JSON.stringify(toPublicOpinion(r, { policy: defaultOpinionPolicy }));
    for (const value of Object.values(intake.submitter ?? {})) expect(text).not.toContain(value);
    expect(text).not.toContain(intake.content);
    expect(text).not.toContain('内部');
  });

  it('is frozen and leaves the record alone', () => {
    const r = assigned();
    const before = JSON.stringify(r);
    expect(Object.isFrozen(toPublicOpinion(r))).toBe(true);
    expect(JSON.stringify(r)).toBe(before);
  });

  it('refuses a record it cannot read, naming the field; the safe twin returns the same error', () => {
    const bad = { ...received(), state: 'lost' } as never;
    expect(() => toPublicOpinion(bad)).toThrow(RendaError);
    const result = safeToPublicOpinion(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'INVALID_INPUT', path: ['state'] });
      expect(result.error.message.en).toContain('state');
    }
    const locale = safeToPublicOpinion(received(), { locale: 'fr' as never });
    expect(locale.ok || locale.error.path).toEqual(['options', 'locale']);
  });
});
