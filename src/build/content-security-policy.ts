/**
 * The Content-Security-Policy of the built app: everything from our own
 * origin, nothing inline, no eval, no plugins. Served as a <meta> tag in the
 * built index.html (dev keeps Vite's inline helpers working). Servers should
 * also send it as a header, with frame-ancestors, which a meta tag cannot
 * carry (see README, "Deploying").
 */
import type { Plugin } from 'vite';

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

export function contentSecurityPolicy(): Plugin {
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
export function policyWithStyleHash(hash: string) {
  return CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'",
    `style-src 'self' 'sha256-${hash}'`,
  );
}
