/**
 * Puts the stylesheet inside every page instead of linking it: on slow 4G
 * the first paint then needs one round trip, not two. The CSP allows that
 * one <style> by its hash (never 'unsafe-inline'). The build also writes
 * the exact headers a host must send, with that hash, to dist/_headers.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { policyWithStyleHash } from './content-security-policy.ts';
import { securityHeaders } from './security-headers.ts';

export function inlineStylesheet(): Plugin {
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
