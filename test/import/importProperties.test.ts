import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRows, importRows } from '../../src/import/index.js';
import { generateSample } from '../../src/testing/index.js';

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('省级', '縣級', '2025年3月1日', '４５７１７', '是', 'D-1', '（无）'),
);
const header = fc.constantFrom(
  '编号',
  '名称',
  '类别',
  '单位类别',
  '层级',
  '存续期间·起始日期',
  'level',
  '备注',
  'x',
);

describe('importRows (properties)', () => {
  it('gives every input row exactly one result, in order', () => {
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }),
        (headers, rows) => {
          const result = importRows('handlingUnit', [headers, ...rows]);
          expect(result.rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 2));
          const { imported, refused, duplicate, blank } = result.counts;
          expect(imported + refused + duplicate + blank).toBe(rows.length);
          expect(result.records).toHaveLength(imported);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads back what it exported, for random samples, in either language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('zh-Hans' as const, 'en' as const),
        (seed, locale) => {
          const sample = generateSample({ seed, size: { deputies: 20 } });
          const deputies = importRows('deputy', exportRows('deputy', sample.deputies, { locale }));
          expect(deputies.records).toEqual(sample.deputies);
          const stations = importRows(
            'liaisonStation',
            exportRows('liaisonStation', sample.stations, { locale }),
          );
          expect(stations.records).toEqual(sample.stations);
          const opinions = sample.opinions.slice(0, 20);
          expect(
            importRows('constituentOpinion', exportRows('constituentOpinion', opinions, { locale }))
              .records,
          ).toEqual(opinions);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('does not mutate its input and returns frozen results', () => {
    const rows = [
      ['编号', '名称', '单位类别', '层级', '存续期间·起始日期'],
      ['U-1', '县教育局', '政府部门', '县级', '2021-01-01'],
    ];
    const copy = structuredClone(rows);
    const result = importRows('handlingUnit', rows);
    expect(rows).toEqual(copy);
    expect(result.counts.imported).toBe(1);
    expect(Object.isFrozen(result.rows[0])).toBe(true);
  });
});
