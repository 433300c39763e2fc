import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'b1', include: ['test/**/*.test.ts'] },
});
