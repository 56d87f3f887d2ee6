import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** One config for the game build and for the test projects (unit in Node, e2e in real Chromium). */
export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // three is big and lazy (the 3D view loads after the menu); react changes rarely. Separate
    // chunks let a lab's browser cache each on its own when the game code changes.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Two pages: the game, and the instructor's class view (its own entry, so students never download it).
      input: { main: resolve(import.meta.dirname, 'index.html'), instructor: resolve(import.meta.dirname, 'instructor.html') },
      output: {
        codeSplitting: {
          groups: [
            // The last node_modules segment decides, so a package nested under fiber goes with its own kind.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store)[\\/](?!.*node_modules)/, priority: 20 },
            { name: 'three', test: /[\\/]node_modules[\\/](three|@react-three[\\/][^\\/]+|its-fine|suspend-react|react-reconciler)[\\/](?!.*node_modules)/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    reporters: ['default', './tests/reporters/summaryLine.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
