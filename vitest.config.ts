import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // The e2e tests start many CLI processes; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
