/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/content-plugin.ts';

export default defineConfig({
  plugins: [react(), contentPlugin()],
  build: {
    target: 'es2022',
    // The first load must stay small on hospital Wi-Fi; see tests/e2e/byte-budget.spec.ts.
    chunkSizeWarningLimit: 300,
    // Illustrations stay files (cached, lazy) instead of data URLs inside JS.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
