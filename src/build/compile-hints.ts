/**
 * Marks the app's code and the step page's code with Chromium's compile
 * hint, so their functions are compiled while the files download, on a
 * background thread. Otherwise the first tap on Next compiles the code a
 * step change needs, on the main thread, and on a slow phone that tap
 * becomes a long task. Other browsers ignore the comment. It must be the
 * file's first line, so this runs after Vite's own additions.
 */
import type { Plugin } from 'vite';
import { APP_MODULE, chunkWithImports } from './chunk-graph.ts';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const STEP_PAGE_MODULE = '/src/app/routes/step-route.tsx';

export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Set([
          ...chunkWithImports(bundle, APP_MODULE),
          ...chunkWithImports(bundle, STEP_PAGE_MODULE),
        ]);
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
