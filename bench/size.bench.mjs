// Benchmark: what importing renda costs.
//   - import time: `import('renda')` beside `import('zod')` (renda's one runtime dependency that
//     matters here), each in a fresh Node process, alternating, medians of BENCH_IMPORTS runs
//     (default 9); target renda ≤ zod + 15 ms. Beside them, the floor of that target: the model
//     area alone (the exported zod schemas and their parsers, nothing else) bundled by esbuild
//     into one file, as the Node build bundles the main entry, which any entry exporting the
//     schemas must load. (renda/model itself cannot serve: in Node every subpath re-exports the
//     main entry, so that all hand out the same objects; see tsup.config.ts.)
//   - bundle size: esbuild (minified, browser, ESM) then brotli, for the whole main entry without
//     zod (zod is the app's own), `suggestionStats` alone and `dueDate` alone, against the targets
//     ≤ 35 kB, ≤ 8 kB and ≤ 4 kB; beside them the model area alone (zod external), the floor of
//     any main entry that exports the schemas. (CI holds the sizes where they are:
//     scripts/check-browser-bundle.mjs.)
// Run after `npx tsup`:  node bench/size.bench.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const RUNS = Number(process.env.BENCH_IMPORTS ?? 9);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Milliseconds to import `specifier` in a fresh process (Node's own start-up excluded). */
function importMs(specifier) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return Number(out);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function brotliKb(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    external,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  });
  return { minified: bytes.length / 1024, brotli: compressed.length / 1024 };
}

/**
 * The model area (src/model: the exported schemas and their parsers) bundled into one file, as
 * the Node build bundles the main entry, with its packages (zod) left to Node: what any entry that
 * exports the schemas must at least load. Returns its URL and its folder (to remove).
 */
async function oneFileModel() {
  const dir = mkdtempSync(join(tmpdir(), 'renda-model-'));
  const outfile = join(dir, 'model.mjs');
  await build({
    entryPoints: [join(root, 'src/model/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  // Bare imports (zod) resolve from the file's folder: let them find renda's node_modules.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { url: pathToFileURL(outfile).href, dir };
}

export async function run() {
  const zod = [];
  const renda = [];
  const model = [];
  const modelAlone = await oneFileModel();
  try {
    for (let i = 0; i < RUNS; i++) {
      zod.push(importMs('zod'));
      renda.push(importMs('renda'));
      model.push(importMs(modelAlone.url));
    }
  } finally {
    rmSync(modelAlone.dir, { recursive: true });
  }
  const z = median(zod);
  const r = median(renda);
  const m = median(model);
  console.log(`import, fresh process each, median of ${RUNS} alternating runs:`);
  console.log(`  import('zod')    ${z.toFixed(1).padStart(6)} ms`);
  console.log(
    `  import('renda')  ${r.toFixed(1).padStart(6)} ms  (zod + ${(r - z).toFixed(1)} ms)`,
  );
  console.log(`  target renda ≤ zod + 15 ms: ${r <= z + 15 ? 'met' : 'NOT met'}`);
  console.log(
    `  floor: the model area alone, one file ${m.toFixed(1)} ms (zod + ${(m - z).toFixed(1)} ms)`,
  );

  const bundles = [
    ['whole main entry, zod external', "export * from 'renda';", ['zod'], 35],
    ['suggestionStats alone', "export { suggestionStats } from 'renda';", [], 8],
    ['dueDate alone', "export { dueDate } from 'renda';", [], 4],
    // No target: the exported schemas and their parsers alone, the floor of any main entry that
    // exports them, set beside the whole entry's 35 kB.
    ['floor: renda/model, zod external', "export * from 'renda/model';", ['zod'], undefined],
  ];
  console.log('bundles (esbuild minified, brotli 11):');
  for (const [label, contents, external, target] of bundles) {
    const { minified, brotli } = await brotliKb(contents, external);
    const verdict =
      target === undefined
        ? ''
        : `  (target ≤ ${target} kB: ${brotli <= target ? 'met' : 'NOT met'})`;
    console.log(
      `  ${label.padEnd(32)} ${minified.toFixed(1).padStart(7)} kB min  ${brotli.toFixed(1).padStart(6)} kB br${verdict}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
