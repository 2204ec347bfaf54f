import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    // Builds the app once; the browser tests open the built renderer.
    globalSetup: ['tests/e2e/build.ts'],
  },
});
