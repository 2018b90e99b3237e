// Measures the lowest TypeScript that compiles an app against the packed tarball, under each
// supported moduleResolution: installs the tarball, zod and several TypeScript versions into a
// temporary folder and compiles the consumer of scripts/lib/consumer.mjs with each. The README
// states the result. Needs the registry; run by hand: `npx tsup --silent && node
// scripts/measure-min-typescript.mjs [versions…]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConsumer, modes } from './lib/consumer.mjs';

const versions = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['5.0.4', '5.1.6', '5.2.2', '5.3.3', '5.4.5', '5.5.4', '5.6.3', '5.7.3', '5.8.3', '5.9.3'];
const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'renda-ts-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ts-range', private: true }));
  const alias = (v) => `ts-${v.replaceAll('.', '-')}`;
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--silent',
      join(dir, tarball),
      `zod@${pkg.devDependencies.zod}`,
      ...versions.map((v) => `${alias(v)}@npm:typescript@${v}`),
    ],
    dir,
  );
  for (const version of versions) {
    const tsc = join(dir, 'node_modules', alias(version), 'bin', 'tsc');
    const row = Object.keys(modes).map((mode) => {
      try {
        compileConsumer(dir, tsc, mode);
        return `${mode} ok`;
      } catch (error) {
        const first = String(error.message).split('\n')[1] ?? '';
        return `${mode} FAILS (${first.slice(0, 160)})`;
      }
    });
    console.log(`TypeScript ${version}: ${row.join('; ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
