import { describe, expect, it } from 'vitest';
import { importRows } from '../../src/import/index.js';

// A roster as county offices keep it: Chinese headers, traditional and simplified labels, dates
// in four forms (one an Excel serial), full-width digits, blank rows, a row entered twice, a row
// with a typo in a label, and a header renda does not know.
const HEADER = [
  '编号',
  '姓名',
  '性別',
  '出生年份',
  '所屬人大·行政區劃',
  '所属人大·层级',
  '所属人大·届次',
  '原选举单位或选区·类别',
  '原选举单位或选区·编号',
  '原选举单位或选区·名称',
  '代表构成',
  '基层代表',
  '状态·状态',
  '任期·起始日期',
  '所属组织[1]·类别',
  '所属组织[1]·组织',
  '所属组织[1]·起始日期',
  '籍贯',
];
const ROWS = [
  HEADER,
  [
    'D-001',
    '王芳',
    '女',
    '１９８０',
    '330281',
    '縣級',
    '18',
    '原選區',
    'C-01',
    '第一选区',
    '农民、專業技術人員',
    '是',
    '在任',
    '2022年1月6日',
    '代表小组',
    'G-01',
    '2022.1.6',
    '浙江',
  ],
  ['', '', null, undefined],
  [
    'Ｄ－００２',
    '李强',
    '男',
    1975,
    '330281',
    '县级',
    18,
    '原选区',
    'C-02',
    '第二选区',
    'worker',
    '否',
    '在任',
    44567,
    '',
    '',
    '',
    '',
  ],
  [
    'D-001',
    '王芳',
    '女',
    '１９８０',
    '330281',
    '縣級',
    '18',
    '原選區',
    'C-01',
    '第一选区',
    '农民、專業技術人員',
    '是',
    '在任',
    '2022年1月6日',
    '代表小组',
    'G-01',
    '2022.1.6',
    '浙江',
  ],
  [
    'D-003',
    '赵敏',
    '女',
    '1990',
    '330281',
    '县级',
    '18',
    '原选区',
    'C-03',
    '第三选区',
    '农名',
    '是',
    '在任',
    '2022/1/6',
    '',
    '',
    '',
    '',
  ],
  [
    'D-004',
    '钱伟',
    '男',
    '1985',
    '330281',
    '县级',
    '18',
    '原选区',
    'C-04',
    '第四选区',
    '农民',
    '是',
    '在任',
    '2022-13-01',
    '',
    '',
    '',
    '',
  ],
  [],
];

describe('a messy roster', () => {
  const result = importRows('deputy', ROWS);

  it('gives every input row exactly one result, numbered as the sheet numbers them', () => {
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'imported'],
      [3, 'blank'],
      [4, 'imported'],
      [5, 'duplicate'],
      [6, 'refused'],
      [7, 'refused'],
      [8, 'blank'],
    ]);
    expect(result.counts).toEqual({ imported: 2, refused: 2, duplicate: 1, blank: 2 });
  });

  it('reads traditional labels, full-width digits, Chinese dates and Excel serials', () => {
    const [first, second] = result.records;
    expect(first?.congress).toEqual({ jurisdiction: '330281', level: 'county', term: 18 });
    expect(first?.birthYear).toBe(1980);
    expect(first?.occupations).toEqual(['farmer', 'professional']);
    expect(first?.term.from).toBe('2022-01-06');
    expect(first?.memberships).toEqual([{ kind: 'group', orgId: 'G-01', from: '2022-01-06' }]);
    expect(second?.id).toBe('D-002');
    expect(second?.term.from).toBe('2022-01-06');
    expect(second?.grassroots).toBe(false);
  });

  it('marks the row entered twice as a duplicate of the first, identical', () => {
    expect(result.rows[3]).toMatchObject({ row: 5, status: 'duplicate', of: 2, identical: true });
    const row = result.rows[3];
    if (row?.status !== 'duplicate') throw new Error('not a duplicate');
    expect(row.message['zh-Hans']).toContain('第 5 行与第 2 行「编号」相同');
    expect(row.message.en).toContain('row 5 has the same id as row 2');
  });

  it('refuses a label with a near miss, naming row and column in both languages', () => {
    const refused = result.rows[4];
    if (refused?.status !== 'refused') throw new Error('row 6 should be refused');
    expect(refused.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, '代表构成', 'INVALID_CELL'],
    ]);
    expect(refused.issues[0]?.message['zh-Hans']).toContain('第 6 行「代表构成」');
    expect(refused.issues[0]?.message.en).toContain('row 6');
    expect(refused.issues[0]?.message['zh-Hans']).toContain('是否应为「农民」');
  });

  it('refuses an impossible date', () => {
    const refused = result.rows[5];
    if (refused?.status !== 'refused') throw new Error('row 7 should be refused');
    expect(refused.issues.map((i) => i.column)).toEqual(['任期·起始日期']);
  });

  it('lists the header it does not know, and reads the others', () => {
    expect(result.columns.filter((c) => c.path === null).map((c) => c.header)).toEqual(['籍贯']);
    expect(result.columns.find((c) => c.header === '性別')?.path).toEqual(['gender']);
    expect(result.missingColumns).toEqual([]);
  });

  it('refuses every row when a required column is missing, and names the column', () => {
    const without = ROWS.map((row) => row.filter((_, i) => i !== 2));
    const missing = importRows('deputy', without);
    expect(missing.missingColumns.map((c) => c['zh-Hans'])).toEqual(['性别']);
    expect(missing.counts).toEqual({ imported: 0, refused: 5, duplicate: 0, blank: 2 });
    const first = missing.rows[0];
    if (first?.status !== 'refused') throw new Error('row 2 should be refused');
    expect(first.issues.some((i) => i.path[0] === 'gender' && i.column === '性别')).toBe(true);
  });

  it('reads rows given as objects keyed by header', () => {
    const objects = ROWS.slice(1).map((row) =>
      Object.fromEntries(HEADER.map((h, i) => [h, row[i]])),
    );
    const again = importRows('deputy', objects);
    expect(again.records).toEqual(result.records);
    expect(again.rows.map((r) => r.status)).toEqual(result.rows.map((r) => r.status));
  });
});

describe('an unknown header', () => {
  it('is listed with the nearest whole header renda knows', () => {
    const result = importRows('deputy', [['编号', '所属人大·层', '籍贯']]);
    expect(result.columns.map((c) => [c.header, c.path, c.suggestion])).toEqual([
      ['编号', ['id'], undefined],
      ['所属人大·层', null, '所属人大·层级'],
      ['籍贯', null, undefined],
    ]);
  });
});
