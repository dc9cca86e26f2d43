import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * Serves a build folder on localhost as a static host would (the README's
 * deployment rules): a file, else a prerendered page, else shell.html. Its
 * files may change while it runs, as when a new version is deployed.
 */
export async function serveFolder(dir: string) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const wanted = path.join(dir, decodeURIComponent(pathname));
    const file = [wanted, path.join(wanted, 'index.html')].find(
      (candidate) => candidate.startsWith(dir) && isFile(candidate),
    );
    const served = file ?? path.join(dir, 'shell.html');
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
