import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateLocalesAt } from '../../src/build/content-plugin.ts';
import type { LocaleBundle } from '../../src/content/locales.ts';
import { parseInline } from '../../src/content/markup.ts';
import type {
  AudienceText,
  Journey,
  Locale,
} from '../../src/content/schema.ts';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const result = validateLocalesAt(root);
if (!result.ok)
  throw new Error('data/ is not valid; run npm run check:content');

/** Every language, the source first, read the same way the build reads it. */
export const languages: { locale: Locale; bundle: LocaleBundle }[] =
  result.value;

/** The validated English content. */
export const journey = languages[0]!.bundle.journey;

/** The adult wording as a reader sees it (glossary marks resolved). */
export function plain(text: AudienceText, content: Journey = journey) {
  return plainFor(text, 'adult', content);
}

/** One audience's wording as a reader sees it (glossary marks resolved). */
export function plainFor(
  text: AudienceText,
  audience: 'adult' | 'child',
  content: Journey = journey,
) {
  const chosen = typeof text === 'string' ? text : text[audience];
  return parseInline(chosen)
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : (part.text ??
          content.glossary.find((term) => term.id === part.termId)?.term ??
          ''),
    )
    .join('');
}
