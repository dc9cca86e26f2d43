/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compileHints } from './src/build/compile-hints.ts';
import { contentPlugin } from './src/build/content-plugin.ts';
import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { inlineStylesheet } from './src/build/inline-stylesheet.ts';
import { localeManifestsPlugin } from './src/build/manifest-plugin.ts';
import { preloadAppChunks } from './src/build/preload-app-chunks.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { pwaPlugin } from './src/build/pwa-plugin.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The build's steps; each plugin lives in src/build/ and says why it exists.
export default defineConfig({
  plugins: [
    react(),
    // Validates data/ and serves it as virtual:journey.
    contentPlugin(),
    contentSecurityPolicy(),
    preloadAppChunks(),
    compileHints(),
    // Before prerendering, so every prerendered page carries the styles.
    inlineStylesheet(),
    prerenderPlugin(),
    localeManifestsPlugin(),
    pwaPlugin(projectRoot),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, inlined in every page (inlineStylesheet): lazy pages
    // then never try to load styles of their own as files.
    cssCodeSplit: false,
    // The first load must stay small on hospital Wi-Fi; see tests/e2e/byte-budget.spec.ts.
    chunkSizeWarningLimit: 300,
    // Illustrations stay files (cached, lazy) instead of data URLs inside JS.
    assetsInlineLimit: 0,
    // No preload helper in the code (0.7 KiB of the first load). The app's
    // chunks, and a prerendered page's own, are named as hints in each page
    // (preload-app-chunks.ts, prerender-plugin.ts); a page opened later
    // finds its chunks through its imports, or in the offline cache.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named below; their imports (content, React)
          // stay where they were, loaded after the content arrives.
          includeDependenciesRecursively: false,
          // The store and the situation are small modules every page uses;
          // as one chunk they cost one request and one gzip stream instead
          // of five. Not the code only some pages load (the file import
          // and its zod, the import merge, teaching records) nor the
          // language memory main.tsx reads before the app loads.
          groups: [
            // React's DOM code, evaluated on its own by main.tsx (a long
            // task otherwise merged with the app's).
            {
              name: 'react-dom',
              test: /node_modules[\\/](react-dom|scheduler)[\\/]/,
            },
            {
              name: 'journey-store',
              test: /node_modules[\\/]zustand|src[\\/](state[\\/](?!journey-file|my-journey-merge|teaching-record|language-preference)|content[\\/]situation)/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
