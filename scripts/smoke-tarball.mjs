// Packs the tarball, installs it into a temporary folder as an app would, imports it from plain
// Node as ESM and as CommonJS, main entry and subpaths, and type-checks a small TypeScript app
// against it under each supported moduleResolution (node, node16, bundler).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConsumer, modes } from './lib/consumer.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'renda-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true }));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--silent',
      join(dir, tarball),
      `zod@${pkg.devDependencies.zod}`,
    ],
    dir,
  );
  const subpaths = Object.keys(pkg.exports)
    .filter((k) => k !== './package.json')
    .map((k) => k.replace(/^\./, 'renda'));
  const check = `
    if (typeof api.SuggestionSchema?.safeParse !== 'function') throw new Error('SuggestionSchema missing');
    const { generateSample } = testing;
    const sample = generateSample({ seed: 7, size: 'town' });
    const bad = sample.suggestions.filter((s) => !api.SuggestionSchema.safeParse(s).success).length;
    if (bad) throw new Error(bad + ' sample suggestions fail SuggestionSchema');`;
  // Node loads renda/<area> as a re-export of the main entry (the "node" condition): every name a
  // subpath hands out must be the main entry's very object (one RendaError class, one workflow).
  const sameObjects = (modules) => `
    for (const [subpath, m] of ${modules}) {
      if (subpath === 'renda/testing' || subpath === 'renda') continue;
      if (Object.keys(m).length === 0) throw new Error(subpath + ' exports nothing');
      for (const name of Object.keys(m)) {
        if (m[name] !== api[name]) throw new Error(subpath + ' hands out another ' + name);
      }
    }`;
  const esm = `import * as api from 'renda'; import * as testing from 'renda/testing';
    ${subpaths.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
    ${check}
    ${sameObjects(`[${subpaths.map((s, i) => `['${s}', m${i}]`).join(', ')}]`)}
    console.log('ESM: ok, ' + Object.keys(api).length + ' exports, ${subpaths.length} subpaths');`;
  const cjs = `const api = require('renda'); const testing = require('renda/testing');
    ${check}
    ${sameObjects(`[${subpaths.map((s) => `['${s}', require('${s}')]`).join(', ')}]`)}
    console.log('CJS: ok, ' + Object.keys(api).length + ' exports');`;
  writeFileSync(join(dir, 'esm.mjs'), esm);
  writeFileSync(join(dir, 'cjs.cjs'), cjs);
  process.stdout.write(run(process.execPath, ['esm.mjs'], dir));
  process.stdout.write(run(process.execPath, ['cjs.cjs'], dir));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const mode of Object.keys(modes)) compileConsumer(dir, tsc, mode);
  console.log(
    `TypeScript: the consumer compiles with moduleResolution ${Object.keys(modes).join(', ')}`,
  );
  console.log(`smoke: ${tarball} installed and imported from plain Node`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
