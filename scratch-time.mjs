import { execFileSync } from 'node:child_process';

const t = (spec) =>
  Number(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t=performance.now(); await import(${JSON.stringify(spec)}); process.stdout.write(String(performance.now()-t))`,
      ],
      { cwd: '/work/main', encoding: 'utf8' },
    ),
  );
const r = { zod: [], renda: [], cal: [] };
for (let i = 0; i < 9; i++) {
  r.zod.push(t('zod'));
  r.renda.push(t('renda'));
  r.cal.push(t('renda/calendar'));
}
const med = (a) => [...a].sort((x, y) => x - y)[4];
console.log(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, med(v).toFixed(1)])));
