import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page's Content Security Policy. Everything the game loads is its own (scripts, styles,
 * sounds, the offline worker); textures are drawn on canvases and need no URL, so nothing beyond
 * 'self' is allowed, except requests to an HTTPS learning record store named by a cmi5 launch. docs/lab-admin.md explains it for the people who host the game.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // A cmi5 launch names its record store (LRS), usually on the LMS's own server, not ours; a policy
  // sent by a server can only narrow this one, never widen it, so HTTPS endpoints are allowed here.
  "connect-src 'self' https:",
].join('; ');

const CHARSET = '<meta charset="UTF-8" />';

/**
 * Puts the Content Security Policy in the built index.html, right after the charset and before
 * every script and stylesheet. Build only: the dev server's hot reload needs an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'techshift-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CHARSET)) throw new Error(`index.html must keep ${CHARSET}: the Content Security Policy goes after it`);
      return html.replace(CHARSET, `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

/** One config for the game build and for the test projects (unit in Node, e2e in real Chromium). */
export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The offline file cache: workbox precaches the whole build (every chunk, the stylesheet, the
    // sounds; the scenario library and the catalog are bundled into the JS). 'prompt' keeps a new
    // version waiting until the student chooses to reload, so nothing reloads mid-shift.
    // src/platform/offline/ decides whether to register it at all (not in a frame, not from disk).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,ogg,mp3}'],
        // Only the game's own page (with or without ?scenario=…) falls back to the cached index.html;
        // other pages that share the folder still come from the server.
        navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
        cleanupOutdatedCaches: true,
        // A lab's own settings file beside index.html is not part of the build: the newest copy from
        // the server when there is one, the last one seen when the network is gone.
        runtimeCaching: [
          {
            urlPattern: /\/techshift\.config\.json$/,
            handler: 'NetworkFirst',
            options: { cacheName: 'offline-lab-config', networkTimeoutSeconds: 5 },
          },
        ],
        // The first visit's page is controlled at once, so it is ready offline without a second load.
        // Updates still wait for the student: nothing here skips waiting.
        clientsClaim: true,
      },
    }),
  ],
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
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store)[\\/](?!.*node_modules)/,
              priority: 20,
            },
            // zod with the switch that keeps it from probing eval, in one chunk every schema's chunk imports:
            // with two pages sharing code, this is how the switch still runs before any schema is built.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]platform[\\/]zodWithoutEval\.ts$/, priority: 30 },
            {
              name: 'three',
              test: /[\\/]node_modules[\\/](three|@react-three[\\/][^\\/]+|its-fine|suspend-react|react-reconciler)[\\/](?!.*node_modules)/,
              priority: 10,
            },
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
