import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { divisionAncestors, parseDivisionCode, safeParseDivisionCode } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/roll-ups.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the roll-ups guide (docs/roll-ups.md)', () => {
  it('says what parseDivisionCode and divisionAncestors do', () => {
    const county = { code: '330281', level: 'county', parent: '330200', province: '330000' };
    expect(parseDivisionCode('330281')).toEqual(county);
    expect(guide).toContain(
      "// { code: '330281', level: 'county', parent: '330200', province: '330000' }",
    );
    const chain = ['330281101001', '330281101000', '330281', '330200', '330000'];
    expect(divisionAncestors('330281101001')).toEqual(chain);
    expect(guide).toContain(`// ['${chain.join("', '")}']`);
  });

  it('lists every refusal with an example that is refused for that reason', () => {
    const rows = [...guide.matchAll(/^\| `([A-Z_]+)` \|.*\| `([0-9a-z]+)`/gm)];
    expect(rows.length).toBe(5);
    for (const [, code, example] of rows) {
      const result = safeParseDivisionCode(code === 'INVALID_TYPE' ? Number(example) : example);
      expect(result.ok ? undefined : result.error.issues[0]?.code, example).toBe(code);
    }
  });

  it('is linked from the README’s guide table', () => {
    expect(readme).toContain('| [Rolling figures up](docs/roll-ups.md) | 逐级汇总 |');
  });
});
