import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The app's entry once main.tsx has the content: what the first page runs. */
export const APP_MODULE = '/src/app/render-app.tsx';

/**
 * The chunk built from `moduleSuffix` and every chunk it imports statically:
 * what runs as soon as that module is loaded.
 */
export function chunkWithImports(bundle: OutputBundle, moduleSuffix: string) {
  const chunks = Object.values(bundle).filter(
    (output): output is OutputChunk => output.type === 'chunk',
  );
  const start = chunks.find((chunk) =>
    chunk.facadeModuleId?.endsWith(moduleSuffix),
  );
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  if (start) visit(start.fileName);
  return [...files];
}
