import { defineConfig } from 'tsup';

// One entry per public subpath; package.json "exports" mirrors this list.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
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
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  // No Node built-ins assumed: the same files serve Node and browsers.
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  minify: false,
});
