/**
 * main.tsx imports the app only after the content file has arrived. Telling
 * the browser about the app's chunks up front lets them download in
 * parallel with the content instead of one round trip later.
 */
import type { Plugin } from 'vite';
import { APP_MODULE, chunkWithImports } from './chunk-graph.ts';

export function preloadAppChunks(): Plugin {
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        return chunkWithImports(context.bundle, APP_MODULE)
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
