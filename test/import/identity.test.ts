import { describe, expect, it } from 'vitest';
import { IMPORT_MODEL_ENTRIES } from '../../src/import/importModels.js';
import { exportRows, IMPORT_MODELS, importRows } from '../../src/import/index.js';
import { generateSample } from '../../src/testing/index.js';

const sample = generateSample({ seed: 5, size: 'town' });

describe('each model is known by its identity', () => {
  it('declares identity fields that tell the sample records apart', () => {
    const records: Record<string, readonly object[]> = {
      congress: sample.congresses,
      trainingAttendance: sample.trainingAttendances,
      appraisalBallot: sample.appraisalBallots,
      deputy: sample.deputies,
    };
    for (const [model, list] of Object.entries(records)) {
      const identity = IMPORT_MODEL_ENTRIES[model as keyof typeof IMPORT_MODEL_ENTRIES].identity;
      const keys = list.map((r) =>
        JSON.stringify(identity.map((f) => (r as Record<string, unknown>)[f])),
      );
      expect(new Set(keys).size, model).toBe(list.length);
    }
    // Every model whose schema has a required id is known by it.
    for (const model of IMPORT_MODELS) {
      const identity: readonly string[] = IMPORT_MODEL_ENTRIES[model].identity;
      expect(identity.length, model).toBeGreaterThan(0);
    }
  });

  it('imports every attendance of a training, not only the first', () => {
    const attendances = sample.trainingAttendances.slice(0, 40);
    expect(new Set(attendances.map((a) => a.trainingId)).size).toBeLessThan(attendances.length);
    const result = importRows('trainingAttendance', exportRows('trainingAttendance', attendances));
    expect(result.counts.duplicate).toBe(0);
    expect(result.records).toEqual(attendances);
  });

  it('calls a second row for the same training and deputy a duplicate, naming both fields', () => {
    const [first] = sample.trainingAttendances;
    if (first === undefined) throw new Error('no attendance');
    const other = { ...first, status: first.status === 'absent' ? 'attended' : 'absent' } as const;
    const rows = exportRows('trainingAttendance', [first, first, other]);
    const result = importRows('trainingAttendance', rows);
    expect(result.rows.map((r) => r.status)).toEqual(['imported', 'duplicate', 'duplicate']);
    const [, same, differing] = result.rows;
    expect(same).toMatchObject({ of: 2, identical: true });
    expect(differing).toMatchObject({ of: 2, identical: false });
    if (differing?.status !== 'duplicate') throw new Error('not a duplicate');
    expect(differing.message['zh-Hans']).toBe(
      '第 4 行与第 2 行「培训」「代表」相同，是同一条记录（其他字段不一致，保留第 2 行）',
    );
    expect(differing.message.en).toBe(
      'row 4 has the same training and deputy as row 2: the same record (other fields differ; row 2 is kept)',
    );
  });

  it('tells two ballots of one rater apart by subject', () => {
    const [ballot] = sample.appraisalBallots;
    if (ballot === undefined) throw new Error('no ballot');
    const { id: _id, ...rest } = ballot;
    const twin = { ...rest, subject: { ...rest.subject, id: `${rest.subject.id}-2` } };
    const result = importRows('appraisalBallot', exportRows('appraisalBallot', [rest, twin, rest]));
    expect(result.rows.map((r) => r.status)).toEqual(['imported', 'imported', 'duplicate']);
  });
});

describe('an empty list of objects and an absent one read back apart', () => {
  const project = sample.livelihoodProjects.find((p) => p.supervisions !== undefined);
  if (project === undefined) throw new Error('no tracked project');
  const empty = { ...project, id: 'P-EMPTY', supervisions: [], evaluations: [] };
  const { supervisions: _s, evaluations: _e, ...absent } = { ...project, id: 'P-ABSENT' };

  it('writes a count column and reads [] for 0, nothing for a blank', () => {
    const rows = exportRows('livelihoodProject', [empty, absent]);
    const header = rows[0] ?? [];
    const column = header.indexOf('监督活动·条数');
    expect(column).toBeGreaterThanOrEqual(0);
    expect(rows[1]?.[column]).toBe(0);
    expect(rows[2]?.[column]).toBe('');
    const result = importRows('livelihoodProject', rows);
    expect(result.records[0]?.supervisions).toEqual([]);
    expect(result.records[0]?.evaluations).toEqual([]);
    expect(result.records[1]).not.toHaveProperty('supervisions');
    expect(result.records).toEqual([empty, absent]);
    // English headers, and traditional characters on import.
    expect(
      importRows('livelihoodProject', exportRows('livelihoodProject', [empty], { locale: 'en' }))
        .records,
    ).toEqual([empty]);
    const hant = rows.map((row, i) =>
      i === 0 ? row.map((h) => String(h).replace('条数', '條數')) : row,
    );
    expect(importRows('livelihoodProject', hant).records).toEqual([empty, absent]);
  });

  it('writes no count column when no list is empty', () => {
    const header = exportRows('livelihoodProject', [absent])[0] ?? [];
    expect(header.some((h) => String(h).endsWith('·条数'))).toBe(false);
  });

  it('refuses a row whose count disagrees with its items, naming the column', () => {
    const full = sample.livelihoodProjects.find((p) => (p.supervisions?.length ?? 0) > 0);
    if (full === undefined) throw new Error('no supervised project');
    const rows = exportRows('livelihoodProject', [empty, full]);
    const header = rows[0] ?? [];
    const column = header.indexOf('监督活动·条数');
    const edited = rows.map((row, i) =>
      i === 2 ? row.map((c, j) => (j === column ? 0 : c)) : row,
    );
    const result = importRows('livelihoodProject', edited);
    const refused = result.rows[1];
    if (refused?.status !== 'refused') throw new Error('not refused');
    expect(refused.issues[0]?.column).toBe('监督活动·条数');
    expect(refused.issues[0]?.message['zh-Hans']).toContain(
      `条数为 0，但该行有 ${full.supervisions?.length} 项`,
    );
    const negative = rows.map((row, i) =>
      i === 1 ? row.map((c, j) => (j === column ? -1 : c)) : row,
    );
    expect(importRows('livelihoodProject', negative).rows[0]?.status).toBe('refused');
  });
});
