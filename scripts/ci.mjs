// The project's whole check, in the order that fails fastest: what `.ci/run` runs after
// `npm ci`, and what the README's test command runs. Prints a closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const steps = [
  ['lockfile', 'node', ['scripts/check-lockfile.mjs']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['traditional-Chinese table current', 'node', ['scripts/generate-hant.mjs', '--check']],
  ['metric tables current', 'node', ['scripts/generate-metric-table.mjs', '--check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  [
    'tests (coverage)',
    'npx',
    [
      'vitest',
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=.tmp/vitest.json',
    ],
  ],
  [
    'tests (TZ=UTC)',
    'npx',
    ['vitest', 'run', '--typecheck.enabled=false', '--reporter=dot'],
    { TZ: 'UTC' },
  ],
  [
    'tests (TZ=America/New_York)',
    'npx',
    ['vitest', 'run', '--typecheck.enabled=false', '--reporter=dot'],
    { TZ: 'America/New_York' },
  ],
  ['build', 'npx', ['tsup', '--silent']],
  ['publint', 'npx', ['publint', '--strict']],
  // Every profile (node10, node16 CJS and ESM, bundler), with no problem ignored.
  ['attw', 'npx', ['attw', '--pack', '.']],
  [
    'pack links (README and guides resolve in the tarball)',
    'node',
    ['scripts/check-pack-links.mjs'],
  ],
  ['examples', 'node', ['scripts/check-examples.mjs']],
  ['examples run and print what they claim', 'node', ['scripts/run-examples.mjs']],
  ['demo (against the build)', 'node', ['examples/demo.mjs']],
  ['worker example (against the build)', 'node', ['examples/worker-aggregate.mjs']],
  [
    'XLSX report recipe (against the build)',
    'node',
    ['examples/report-xlsx.mjs', '.tmp/dashboard.xlsx'],
  ],
  // Against the server scripts/services.mjs started (RENDA_PG_URL); skipped with a message without one.
  ['PostgreSQL store recipe (against the build)', 'node', ['examples/postgres-store.mjs']],
  ['docs', 'npx', ['typedoc']],
  // Headless chromium, no network: the dashboard example shows what the library computes.
  ['browser (docs site and dashboard)', 'node', ['scripts/browser-tests.mjs']],
  ['browser bundle', 'node', ['scripts/check-browser-bundle.mjs']],
  ['smoke (packed tarball)', 'node', ['scripts/smoke-tarball.mjs']],
];

const started = Date.now();
for (const [name, cmd, args, env] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status})`);
    printTally();
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
printTally();

function printTally() {
  if (!existsSync('.tmp/vitest.json')) return;
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
