/**
 * How a static host answers an address (README, "Deploying"): the file
 * itself, else the prerendered page, else the shell. Shared by `vite
 * preview` (prerender-plugin.ts) and the browser tests' own server.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The empty app page: the fallback for every address without a file. */
export const SHELL_FILE = 'shell.html';

/**
 * The file a static host serves for an address: the prerendered page if
 * there is one, else the shell (the SPA fallback in README, "Deploying").
 */
export function staticFileFor(outDir: string, pathname: string) {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return `/${SHELL_FILE}`; // a malformed address: the app says "not found"
  }
  for (const candidate of [relative, path.join(relative, 'index.html')]) {
    const file = path.join(outDir, candidate);
    if (file.startsWith(outDir) && existsSync(file) && statSync(file).isFile())
      return `/${candidate}`;
  }
  return `/${SHELL_FILE}`;
}
