import * as fc from 'fast-check';

// More property runs on CI than on a laptop; the seed is printed on failure either way, and
// `RENDA_SEED=<seed> npx vitest run <file>` replays a failure the way CI met it.
const seed = process.env.RENDA_SEED === undefined ? undefined : Number(process.env.RENDA_SEED);
fc.configureGlobal({
  numRuns: process.env.CI ? 200 : 60,
  ...(seed === undefined || Number.isNaN(seed) ? {} : { seed }),
});
