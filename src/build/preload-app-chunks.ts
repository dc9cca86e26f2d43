/**
 * main.tsx imports the app only after the content file has arrived. Telling
 * the browser about the app's chunks up front lets them download in
 * parallel with the content instead of one round trip later.
 *
 * The hints wait in an inert <template id="app-downloads">: main.tsx adds
 * them to the page once a prerendered page has been painted, so on a slow
 * link the page to read comes first and the app's downloads follow.
 */
import type { Plugin } from 'vite';
import { APP_MODULE, chunkWithImports } from './chunk-graph.ts';

export const DOWNLOADS_TEMPLATE_ID = 'app-downloads';

/** One download hint: the browser fetches and compiles the module ahead. */
const hintFor = (file: string) =>
  `<link rel="modulepreload" crossorigin="" href="/${file}">`;

export function preloadAppChunks(): Plugin {
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const hints = chunkWithImports(context.bundle, APP_MODULE)
          .filter((file) => !html.includes(file))
          .map(hintFor)
          .join('');
        return html.replace(
          '</head>',
          `<template id="${DOWNLOADS_TEMPLATE_ID}">${hints}</template>\n</head>`,
        );
      },
    },
  };
}

/**
 * Adds hints for a page's own chunks (a lazily loaded page's code) to its
 * downloads template; chunks the template names already are skipped.
 */
export function addDownloadHints(html: string, files: readonly string[]) {
  const template = new RegExp(
    `(<template id="${DOWNLOADS_TEMPLATE_ID}">[\\s\\S]*?)(</template>)`,
  );
  if (!template.test(html))
    throw new Error('The page has no downloads template');
  const hints = files
    .filter((file) => !html.includes(`/${file}"`))
    .map(hintFor);
  return html.replace(template, (_, start: string, end: string) =>
    [start, ...hints, end].join(''),
  );
}
