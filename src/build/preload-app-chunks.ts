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

export function preloadAppChunks(): Plugin {
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        const links = chunkWithImports(context.bundle, APP_MODULE)
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
          }));
        return [
          {
            tag: 'template',
            attrs: { id: DOWNLOADS_TEMPLATE_ID },
            children: links,
            injectTo: 'head' as const,
          },
        ];
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
  const links = files
    .filter((file) => !html.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin="" href="/${file}">`);
  return html.replace(template, (_, start: string, end: string) =>
    [start, ...links, end].join(''),
  );
}
