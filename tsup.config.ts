import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// One entry per public subpath; package.json "exports" mirrors this list.
const SUBPATHS = {
  model: 'src/model/index.ts',
  workflow: 'src/workflow/index.ts',
  suggestion: 'src/suggestion/index.ts',
  calendar: 'src/calendar/index.ts',
  connections: 'src/connections/index.ts',
  opinion: 'src/opinion/index.ts',
  livelihood: 'src/livelihood/index.ts',
  import: 'src/import/index.ts',
  stats: 'src/stats/index.ts',
  // Deprecated alias of 0.1's renda/metrics.
  metrics: 'src/metrics.ts',
  i18n: 'src/i18n/index.ts',
} as const;

const MAIN = { index: 'src/index.ts', testing: 'src/testing/index.ts' } as const;

const shared = {
  format: ['esm', 'cjs'],
  target: 'es2022',
  // No Node built-ins assumed: the same files serve Node and browsers.
  platform: 'neutral',
  sourcemap: true,
  treeshake: true,
  splitting: true,
  minify: false,
} satisfies Options;

/** The runtime names each subpath's barrel exports (types are erased, so they need no line). */
async function valueExports(): Promise<Map<string, readonly string[]>> {
  const result = await build({
    entryPoints: SUBPATHS,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'names',
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  const names = new Map<string, readonly string[]>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    names.set(file.replace(/^names\//, '').replace(/\.js$/, ''), [...output.exports].sort());
  }
  return names;
}

/** Writes each subpath of the Node build as a re-export of its main entry. */
async function writeNodeSubpaths(): Promise<void> {
  for (const [subpath, names] of await valueExports()) {
    const esm = `export {\n${names.map((n) => `  ${n},`).join('\n')}\n} from './index.js';\n`;
    const cjs = `'use strict';\nconst main = require('./index.cjs');\n${names
      .map(
        (n) =>
          `Object.defineProperty(exports, '${n}', { enumerable: true, get: function () { return main.${n}; } });`,
      )
      .join('\n')}\n`;
    await writeFile(`dist/node/${subpath}.js`, esm);
    await writeFile(`dist/node/${subpath}.cjs`, cjs);
  }
}

export default defineConfig([
  // For bundlers: every subpath an entry, so the code splits into many small chunks, and a
  // bundler drops each chunk nothing imports whole (`sideEffects: false`): `dueDate` alone
  // bundles to a few kilobytes.
  {
    ...shared,
    entry: { ...MAIN, ...SUBPATHS },
    dts: true,
    // dist/node is the other build's, written at the same time.
    clean: ['!node/**'],
  },
  // For Node (the "node" export condition): the main entry is one file, plus the chunk it shares
  // with renda/testing, because Node's loader resolves, reads and compiles each of those seventy
  // chunks on its own (about 25 ms of `import('renda')`); each subpath re-exports the main
  // entry, so every subpath hands out the very same objects (one `RendaError` class).
  {
    ...shared,
    entry: MAIN,
    outDir: 'dist/node',
    dts: false,
    clean: true,
    onSuccess: writeNodeSubpaths,
  },
]);
