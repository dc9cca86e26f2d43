/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentPlugin } from './src/content/content-plugin.ts';

/**
 * The Content-Security-Policy of the built app: everything from our own
 * origin, nothing inline, no eval, no plugins. Served as a <meta> tag in the
 * built index.html (dev keeps Vite's inline helpers working). Servers should
 * also send it as a header, with frame-ancestors, which a meta tag cannot
 * carry (see README, "Deploying").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: CONTENT_SECURITY_POLICY,
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentPlugin(), contentSecurityPolicy()],
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
