// Runs every bench/*.bench.mjs in its own child process (so one benchmark's heap and JIT state
// never colours another's) and prints their output as it comes. `npm run bench` builds first.
//   node bench/run.mjs                 every benchmark
//   node bench/run.mjs dashboard       only the files whose name contains 'dashboard'
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

function runOne(file) {
  return new Promise((resolve) => {
    const started = performance.now();
    console.log(`\n▶ ${file}`);
    const child = spawn(process.execPath, ['--expose-gc', join(here, file)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${code === 0 ? '✓' : '✗'} ${file} (${seconds} s${code === 0 ? '' : `, exit ${code}`})`,
      );
      resolve(code ?? 1);
    });
  });
}

let failed = 0;
for (const file of files) if ((await runOne(file)) !== 0) failed++;
if (files.length === 0) console.log('no benchmark matched');
process.exitCode = failed > 0 ? 1 : 0;
