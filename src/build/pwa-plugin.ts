/**
 * Works offline after one visit: a Workbox service worker precaches the
 * app, the content file and the illustrations. It is registered by
 * src/hooks/use-service-worker-update.ts, which also offers updates to the
 * reader. The app installs with the source language's manifest; each other
 * language gets its own copy (manifest-plugin.ts).
 */
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_FILE, sourceManifestFields } from './manifest-plugin.ts';
import { SHELL_FILE } from './static-host.ts';

export function pwaPlugin(projectRoot: string) {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      // Names, language and start address come from data/.
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
  });
}
