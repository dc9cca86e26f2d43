/**
 * Vite plugin that prerenders, at build time, every page that reads the same
 * for everyone (overview, steps, glossary, about) in every language, so the
 * first response holds real text: on slow hospital Wi-Fi the page reads
 * before the JavaScript arrives. The app then takes it over (hydration)
 * (src/app/render-app.tsx).
 *
 * Output, next to the usual build:
 * - index.html, es/index.html, steps/<id>/index.html, es/steps/<id>/index.html…
 * - shell.html: the empty app page, served for every other address (the SPA
 *   fallback; the service worker's offline fallback too).
 *
 * The Content-Security-Policy forbids inline styles, which a browser would
 * drop from server HTML, so a page with a style attribute fails the build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { readLocales } from '../content/locales.ts';
import type { Locale } from '../content/schema.ts';
import { contentPlugin } from './content-plugin.ts';
import { manifestPathOf } from './manifest-plugin.ts';
import { addDownloadHints } from './preload-app-chunks.ts';
import { chunkWithImports } from './chunk-graph.ts';
import { SHELL_FILE, staticFileFor } from './static-host.ts';

const COMPRESSED_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** One page from src/app/prerender-entry.tsx (not imported: it is app code). */
type PrerenderedPage = {
  path: string;
  html: string;
  title: string;
  routeModule?: string;
};

type PrerenderEntry = {
  renderLocale: (code: string) => Promise<PrerenderedPage[]>;
  describeLocale: () => Promise<string>;
};

function escapeHtml(text: string) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The page's file: /es/steps/x → es/steps/x/index.html */
function fileNameOf(pagePath: string) {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/index.html` : 'index.html';
}

type PageTemplateInput = {
  template: string;
  page: PrerenderedPage;
  locale: Locale;
  sourceCode: string;
  description: string;
  assetUrls: ReadonlyMap<string, string>;
};

function fillTemplate({
  template,
  page,
  locale,
  sourceCode,
  description,
  assetUrls,
}: PageTemplateInput) {
  let body = page.html;
  // The server render sees source addresses of pictures; use the built ones.
  for (const [source, built] of assetUrls)
    body = body.replaceAll(source, built);
  const styled = /\sstyle="/.exec(body);
  if (styled) {
    throw new Error(
      `Prerendered page ${page.path} has an inline style attribute, which the Content-Security-Policy blocks: ` +
        body.slice(Math.max(0, styled.index - 120), styled.index + 80),
    );
  }
  return template
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${locale.code}" dir="${locale.dir}">`,
    )
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(page.title)}</title>`,
    )
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      `$1${escapeHtml(description)}$2`,
    )
    .replace(
      `href="${manifestPathOf(sourceCode, sourceCode)}"`,
      `href="${manifestPathOf(locale.code, sourceCode)}"`,
    )
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace(
      '<div id="root"></div>',
      // Marks the copy until the app has rendered over it (src/app/render-app.tsx).
      `<div id="root" data-prerendered="">${body}</div>`,
    );
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let isSsrBuild = false;
  return {
    name: 'prerender',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      isSsrBuild = Boolean(config.build.ssr);
    },
    // `vite preview` (and so the browser tests and the bench) answers like
    // a static host: prerendered pages, the shell for other addresses, and
    // compressed text.
    configurePreviewServer(server) {
      const outDir = path.resolve(root, server.config.build.outDir);
      // Compressed once per file version, as a CDN does: compressing on
      // every request took CPU from the browser the bench measures.
      const cache = new Map<string, { mtime: number; body: Buffer }>();
      const compressed = (file: string) => {
        const mtime = statSync(file).mtimeMs;
        const hit = cache.get(file);
        if (hit?.mtime === mtime) return hit.body;
        const body = gzipSync(readFileSync(file));
        cache.set(file, { mtime, body });
        return body;
      };
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET') return next();
        const url = new URL(request.url ?? '/', 'http://localhost');
        const accept = request.headers.accept ?? '';
        const file = accept.includes('text/html')
          ? staticFileFor(outDir, url.pathname)
          : url.pathname;
        request.url = `${file}${url.search}`;
        // Text is sent compressed, as static hosts and CDNs do, so the
        // bench's slow-network figures match a real deployment.
        const type = COMPRESSED_TYPES[path.extname(file)];
        const absolute = path.join(outDir, file);
        const acceptsGzip = /\bgzip\b/.test(
          String(request.headers['accept-encoding'] ?? ''),
        );
        if (!type || !acceptsGzip || !absolute.startsWith(outDir))
          return next();
        if (!existsSync(absolute) || !statSync(absolute).isFile())
          return next();
        const body = compressed(absolute);
        response.setHeader('Content-Type', type);
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Content-Length', body.length);
        // As the host's _headers says (security-headers.ts): hashed files
        // never change, everything else is checked each time.
        response.setHeader(
          'Cache-Control',
          file.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
        response.end(body);
      });
    },
    async generateBundle(_options, bundle) {
      if (isSsrBuild || this.environment.config.command !== 'build') return;
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') {
        this.error('prerender: the build has no index.html');
      }
      const template = index.source as string;
      const locales = readLocales(root);
      if (!locales.ok) this.error('prerender: data/locales.json is not valid');

      const assetUrls = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset') continue;
        for (const name of output.originalFileNames ?? []) {
          assetUrls.set(`/${name}`, `/${output.fileName}`);
        }
      }
      // A lazily loaded page's own chunks, named in the page so they
      // download with the content (see preload-app-chunks.ts).
      const routeChunks = ({ routeModule }: PrerenderedPage) => {
        if (!routeModule) return [];
        const files = chunkWithImports(bundle, routeModule);
        if (!files.length) this.error(`prerender: no chunk for ${routeModule}`);
        return files;
      };

      this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: template });

      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react(), contentPlugin()],
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        for (const locale of locales.value) {
          // Fresh app modules for each language: they read it at import time.
          server.moduleGraph.invalidateAll();
          const entry = (await server.ssrLoadModule(
            '/src/app/prerender-entry.tsx',
          )) as PrerenderEntry;
          const pages = await entry.renderLocale(locale.code);
          const description = await entry.describeLocale();
          for (const page of pages) {
            const filled = fillTemplate({
              template,
              page,
              locale,
              sourceCode: locales.value[0]!.code,
              description,
              assetUrls,
            });
            const html = addDownloadHints(filled, routeChunks(page));
            const fileName = fileNameOf(page.path);
            if (fileName === 'index.html') index.source = html;
            else this.emitFile({ type: 'asset', fileName, source: html });
          }
        }
      } finally {
        await server.close();
      }
    },
  };
}
