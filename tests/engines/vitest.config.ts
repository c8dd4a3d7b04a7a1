// The built app in Firefox ESR and WebKitGTK (one file per engine, run side by side), served by `vite preview` as for
// the Chromium e2e tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engine.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    // One browser session per file, whose checks follow one another.
    sequence: { concurrent: false },
  },
});
