/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  localeManifestsPlugin,
  MANIFEST_FILE,
  sourceManifestFields,
} from './src/app/manifest-plugin.ts';
import { prerenderPlugin } from './src/app/prerender-plugin.ts';
import { SHELL_FILE } from './src/app/static-host.ts';
import { contentPlugin } from './src/content/content-plugin.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

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

/** The policy with the hash of the one inline <style> the build writes. */
function policyWithStyleHash(hash: string) {
  return CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'",
    `style-src 'self' 'sha256-${hash}'`,
  );
}

/**
 * Puts the stylesheet inside every page instead of linking it: on slow 4G
 * the first paint then needs one round trip, not two. The CSP allows that
 * one <style> by its hash (never 'unsafe-inline'). The build also writes
 * the exact headers a host must send, with that hash, to dist/_headers.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return;
      const link =
        /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(
          page.source,
        );
      const stylesheet = link ? bundle[link[1]!] : undefined;
      if (!link || stylesheet?.type !== 'asset') return;
      const css = String(stylesheet.source);
      const hash = createHash('sha256').update(css).digest('base64');
      const policy = policyWithStyleHash(hash);
      page.source = page.source
        .replace(link[0], () => `<style>${css}</style>`)
        .replace(
          /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
          (_match, before: string, after: string) =>
            `${before}${policy.replaceAll("'", '&#39;')}${after}`,
        );
      delete bundle[link[1]!];
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: securityHeaders(policy),
      });
    },
  };
}

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages). */
function securityHeaders(policy: string) {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cache-Control: no-cache',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/icons/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The chunk built from `moduleSuffix` and every chunk it imports statically:
 * what runs as soon as that module is loaded.
 */
function chunkWithImports(bundle: OutputBundle, moduleSuffix: string) {
  const chunks = Object.values(bundle).filter(
    (output): output is OutputChunk => output.type === 'chunk',
  );
  const start = chunks.find((chunk) =>
    chunk.facadeModuleId?.endsWith(moduleSuffix),
  );
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  if (start) visit(start.fileName);
  return [...files];
}

/**
 * main.tsx imports the app only after the content file has arrived. Telling
 * the browser about the app's chunks up front lets them download in
 * parallel with the content instead of one round trip later.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        return chunkWithImports(context.bundle, '/src/app/render-app.tsx')
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: '',
              href: `/${file}`,
              // After the stylesheet: a prerendered page can be read first.
              fetchpriority: 'low',
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the app's code and the step page's code with Chromium's compile
 * hint, so their functions are compiled while the files download, on a
 * background thread. Otherwise the first tap on Next compiles the code a
 * step change needs, on the main thread, and on a slow phone that tap
 * becomes a long task. Other browsers ignore the comment. It must be the
 * file's first line, so this runs after Vite's own additions.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Set([
          ...chunkWithImports(bundle, '/src/app/render-app.tsx'),
          ...chunkWithImports(bundle, '/src/app/routes/step-route.tsx'),
        ]);
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentPlugin(),
    contentSecurityPolicy(),
    preloadAppChunks(),
    compileHints(),
    // Before prerendering, so every prerendered page carries the styles.
    inlineStylesheet(),
    prerenderPlugin(),
    localeManifestsPlugin(),
    // Works offline after one visit: a Workbox service worker precaches the
    // app, the content file and the illustrations. It is registered by
    // src/hooks/use-service-worker-update.ts, which also offers updates to
    // the reader.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        // Names, language and start address come from data/; each other
        // language gets its own copy (manifest-plugin.ts).
        ...sourceManifestFields(projectRoot),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0a5582',
        icons: [
          {
            src: '/favicon.svg',
            sizes: 'any',
            type: 'image/svg+xml',
            purpose: 'any',
          },
          // PNGs for installing on phones that do not take an SVG icon,
          // drawn from favicon.svg (maskable: full bleed, 70 % safe zone).
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: [
          '**/*.{js,css,html,json,svg,txt,png}',
          `*/${MANIFEST_FILE}`,
        ],
        // Prerendered pages are for first visits; offline, the app renders
        // any address from the shell and the cached content.
        globIgnores: ['*/**/index.html'],
        navigateFallback: `/${SHELL_FILE}`,
        cleanupOutdatedCaches: true,
      },
    }),
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
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
