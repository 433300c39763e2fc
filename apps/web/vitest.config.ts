import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web',
    include: ['test/**/*.test.ts'],
    // The server's template database, then a fresh build of the web app when its sources changed.
    globalSetup: ['../server/test/support/global-setup.ts', 'test/support/build.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
