/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages). */
export function securityHeaders(policy: string) {
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
