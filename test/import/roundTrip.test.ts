import { describe, expect, it } from 'vitest';
import { exportRows, IMPORT_MODELS, importRows } from '../../src/import/index.js';
import { generateSample } from '../../src/testing/index.js';

const sample = generateSample({ seed: 3, size: 'county' });
const collections = {
  deputy: sample.deputies,
  liaisonStation: sample.stations,
  deputyGroup: sample.groups,
  handlingUnit: sample.units,
  activity: sample.activities.slice(0, 400),
  constituentOpinion: sample.opinions.slice(0, 300),
} as const;

describe('export then import', () => {
  for (const model of IMPORT_MODELS) {
    it(`gives back the county sample's ${model} records`, () => {
      const records = collections[model] as readonly unknown[];
      const rows = exportRows(model, records as never);
      const result = importRows(model, rows);
      const refused = result.rows.filter((r) => r.status === 'refused');
      expect(refused.slice(0, 2)).toEqual([]);
      expect(result.records).toEqual(records);
    });
  }
});
