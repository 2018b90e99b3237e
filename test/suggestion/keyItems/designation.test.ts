import { describe, expect, it } from 'vitest';
import { safeParseSuggestion } from '../../../src/model/suggestion.js';
import { assigned, attempt, office, step, supervisor } from '../support/walk.js';

// 确定重点督办: the designation records who leads the supervision as organised (督办领办安排) and
// the plan item it is supervised under, so a key-item plan and its items' records meet.

const at = '2024-12-10T10:00:00+08:00';
const leads = [
  { kind: 'leadingOfficial', leaders: [{ id: 'SC-2', title: '常委会副主任' }] },
  { kind: 'specialCommittee', bodyId: 'C-URBAN' },
  { kind: 'unitHead', bodyId: 'U-1', leaders: [{ name: '王五', title: '局长' }] },
];

const handling = () => assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');

describe('designateKeyItem: leads and plan', () => {
  it('stores the leads and the plan item on the record’s key item', () => {
    const payload = { designatedBy: '主任会议', leads, planId: 'P-2025', planItemId: 'K-1' };
    const record = step(handling(), 'designateKeyItem', payload, supervisor('C-URBAN'), at);
    expect(record.keyItem?.leads).toEqual(leads);
    expect(record.keyItem?.planId).toBe('P-2025');
    expect(record.keyItem?.planItemId).toBe('K-1');
    // The record holds its own copy: the caller's payload stays unfrozen and unshared.
    expect(Object.isFrozen(payload.leads[0])).toBe(false);
    expect(record.keyItem?.leads?.[0]).not.toBe(payload.leads[0]);
    const parsed = safeParseSuggestion(JSON.parse(JSON.stringify(record)));
    expect(parsed.ok && parsed.value.keyItem?.leads).toEqual(leads);
  });

  it('designates without leads as before', () => {
    const record = step(handling(), 'designateKeyItem', { designatedBy: '主任会议' }, office, at);
    expect(record.keyItem && 'leads' in record.keyItem).toBe(false);
  });

  it('refuses a lead that names no one, naming the field in both languages', () => {
    const result = attempt(
      handling(),
      'designateKeyItem',
      { designatedBy: '主任会议', leads: [{ kind: 'governmentLeader' }] },
      office,
      at,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const text = JSON.stringify(result.error);
    expect(text).toContain('LEADER_REQUIRED');
    expect(text).toContain('领衔、领办人员');
    expect(text).toContain('payload.leads[0].leaders');
  });

  it('refuses a key it does not know inside a lead, by name', () => {
    const result = attempt(
      handling(),
      'designateKeyItem',
      {
        designatedBy: '主任会议',
        leads: [{ kind: 'specialCommittee', bodyId: 'C-1', bodyID: 'x' }],
      },
      office,
      at,
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('bodyID');
  });
});
