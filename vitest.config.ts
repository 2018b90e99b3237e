import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/setup.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'lcov'],
      // Measured at 0.1.0: statements 95.7%, branches 89.3%, functions 98.8%, lines 97.1%.
      thresholds: { statements: 93, branches: 86, functions: 95, lines: 95 },
    },
  },
});
