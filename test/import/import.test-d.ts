import { describe, expectTypeOf, it } from 'vitest';
import {
  adoptLegacySuggestion,
  dashboardTable,
  type ImportModel,
  type ImportRecords,
  type ImportRowResult,
  importRows,
  type LegacySuggestion,
  type ReportCell,
  reverseLabel,
  safeAdoptLegacySuggestion,
  safeImportRows,
  toCsv,
} from '../../src/import/index.js';
import type { Deputy } from '../../src/model/deputy.js';
import type { KeyItemPlan } from '../../src/model/keyItemPlan.js';
import type { LiaisonStation } from '../../src/model/liaisonStation.js';
import type { Motion } from '../../src/model/motion.js';
import type { Congress } from '../../src/model/shared/congress.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import type { TrainingAttendance } from '../../src/model/trainingAttendance.js';
import type { SuggestionStatsResult } from '../../src/suggestion/figures/suggestionStats.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';

describe('import types', () => {
  it('types records by model', () => {
    expectTypeOf(importRows('deputy', []).records).toEqualTypeOf<readonly Deputy[]>();
    expectTypeOf(importRows('liaisonStation', []).rows).toEqualTypeOf<
      readonly ImportRowResult<LiaisonStation>[]
    >();
    const safe = safeImportRows('deputy', []);
    if (safe.ok) expectTypeOf(safe.value.records).toEqualTypeOf<readonly Deputy[]>();
    expectTypeOf(importRows('trainingAttendance', []).records).toEqualTypeOf<
      readonly TrainingAttendance[]
    >();
    expectTypeOf(importRows('congress', []).records).toEqualTypeOf<readonly Congress[]>();
    expectTypeOf(importRows('motion', []).records).toEqualTypeOf<readonly Motion[]>();
    expectTypeOf<ImportRecords['keyItemPlan']>().toEqualTypeOf<KeyItemPlan>();
    expectTypeOf<ImportModel>().toEqualTypeOf<keyof ImportRecords>();
    // A lead is part of a key-item plan's item, not a record of its own.
    // @ts-expect-error: not an importable model
    importRows('supervisionLead', []);
    const row = {} as ImportRowResult<Deputy>;
    if (row.status === 'duplicate') expectTypeOf(row.message['zh-Hans']).toEqualTypeOf<string>();
  });

  it('types a reversed label as its group', () => {
    expectTypeOf(reverseLabel('congressLevel', '省级')).toEqualTypeOf<
      'national' | 'provincial' | 'city' | 'county' | 'township'
    >();
    // @ts-expect-error: not a group
    reverseLabel('noSuchGroup', 'x');
  });

  it('types legacy adoption and report tables', () => {
    expectTypeOf(adoptLegacySuggestion).returns.toEqualTypeOf<Suggestion>();
    expectTypeOf(safeAdoptLegacySuggestion).parameter(0).toEqualTypeOf<LegacySuggestion>();
    // A legacy record has no history: the adoption writes it.
    expectTypeOf<LegacySuggestion>().not.toHaveProperty('history');
    // @ts-expect-error: the source system is required
    adoptLegacySuggestion({} as LegacySuggestion, { policy: defaultPolicy, recordedAt: '' });
    const result = {} as SuggestionStatsResult;
    expectTypeOf(dashboardTable(result).rows).toEqualTypeOf<readonly (readonly ReportCell[])[]>();
    // @ts-expect-error: not a rate of the dashboard
    dashboardTable(result, { rates: ['noSuchRate'] });
    expectTypeOf(toCsv).returns.toEqualTypeOf<string>();
  });
});
