// Unit tests: pure TypeScript beside the code it tests, and the scripts' own tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
});
