// A tiny TypeScript app that uses renda as users do, main entry and every subpath, compiled under
// each `moduleResolution` the README promises. Shared by scripts/smoke-tarball.mjs (with the
// repository's TypeScript) and scripts/measure-min-typescript.mjs (with older ones).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The consumer's source: real names and types, and one line that must not compile. */
const source = `import { parseSuggestion, rate, RendaError, type Suggestion } from 'renda';
import { dueDate } from 'renda/calendar';
import { labels } from 'renda/i18n';
import { coverageTraining } from 'renda/connections';
import { shares as legacyShares } from 'renda/metrics';
import { shares } from 'renda/stats';
import { SuggestionSchema } from 'renda/model';
import { suggestionWorkflow } from 'renda/suggestion';
import { generateSample } from 'renda/testing';
import { transition } from 'renda/workflow';

const sample = generateSample({ seed: 1, size: 'town' });
const first: Suggestion = parseSuggestion(sample.suggestions[0]);
const replied: number | null = rate(1, 2).value;
// The types are renda's, not \`any\`: a rate is not a string.
// @ts-expect-error
const wrong: string = rate(1, 2);
export const used = [
  first.state,
  replied,
  wrong,
  dueDate,
  labels('en').suggestionState.replied,
  shares,
  legacyShares,
  coverageTraining,
  SuggestionSchema.safeParse(first).success,
  suggestionWorkflow,
  transition,
  RendaError,
];
`;

/**
 * The resolution modes renda supports, each as the compiler options of a consumer and the files
 * it compiles (node16 compiles a CommonJS and an ES module file: both halves of the exports map).
 */
export const modes = {
  node: { options: { module: 'commonjs', moduleResolution: 'node' }, files: ['app.ts'] },
  node16: {
    options: { module: 'node16', moduleResolution: 'node16' },
    files: ['app.ts', 'app.mts'],
  },
  bundler: { options: { module: 'esnext', moduleResolution: 'bundler' }, files: ['app.ts'] },
};

/**
 * Writes the consumer into `dir` (where renda and zod are installed) and type-checks it with the
 * TypeScript at `tsc` under `mode`. `skipLibCheck: false`: renda's declarations (and zod's) are
 * checked too, as the strictest app would. Throws with the compiler's output on failure.
 */
export function compileConsumer(dir, tsc, mode) {
  const project = join(dir, `consumer-${mode}`);
  mkdirSync(project, { recursive: true });
  for (const file of modes[mode].files) writeFileSync(join(project, file), source);
  const tsconfig = {
    compilerOptions: {
      ...modes[mode].options,
      target: 'es2022',
      // zod's declarations name URL and default-import its locales: a web or Node app has both.
      lib: ['es2022', 'dom'],
      esModuleInterop: true,
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    },
    files: modes[mode].files,
  };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(0, 30)
      .join('\n');
    throw new Error(`moduleResolution "${mode}": the consumer does not compile\n${out}`);
  }
}
