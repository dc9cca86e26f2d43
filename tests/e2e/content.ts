import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContentAt } from '../../src/content/content-plugin.ts';
import { parseInline } from '../../src/content/markup.ts';
import type { AudienceText } from '../../src/content/schema.ts';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const result = validateContentAt(root);
if (!result.ok)
  throw new Error('data/ is not valid; run npm run check:content');

/** The validated content, read the same way the build reads it. */
export const journey = result.journey;

/** The adult wording as a reader sees it (glossary marks resolved). */
export function plain(text: AudienceText) {
  const chosen = typeof text === 'string' ? text : text.adult;
  return parseInline(chosen)
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : (part.text ??
          journey.glossary.find((term) => term.id === part.termId)?.term ??
          ''),
    )
    .join('');
}
