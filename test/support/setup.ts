import * as fc from 'fast-check';

// More property runs on CI than on a laptop; the seed is printed on failure either way.
fc.configureGlobal({ numRuns: process.env.CI ? 200 : 60 });
