import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/intake/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}', '**/*.dom.test.ts'],
          exclude: ['node_modules/**'],
          // A stylesheet imported `?raw` (the theme contrast test) keeps its text; others stay empty.
          css: { include: [/\.css\?raw$/] },
        },
      },
    ],
  },
});
