/**
 * A pseudo-locale made from the English content and interface strings:
 * every letter swapped for an accented look-alike, right to left. Used to
 * prove that a new language (even a right-to-left one) needs data only,
 * and to find interface text that is not translatable: anything still in
 * plain ASCII letters on a pseudo-locale page was written in the code.
 */
import {
  mapReaderText,
  type LocaleBundle,
  type Messages,
} from '#src/content/locales.ts';
import type { Locale } from '#src/content/schema.ts';
import locales from '../../data/locales.json' with { type: 'json' };

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOOKALIKE = [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'];

function swapLetters(text: string) {
  return [...text]
    .map((char) => {
      const index = PLAIN.indexOf(char);
      return index >= 0 ? LOOKALIKE[index]! : char;
    })
    .join('');
}

/**
 * Pseudo-translates one string, keeping what must not change: glossary
 * mark ids ([[term-id|shown]]), {placeholders} and the markup.
 */
export function pseudoText(text: string) {
  return text
    .split(/(\[\[[^[\]|]*(?:\|[^[\]]*)?\]\]|\{\w+\})/)
    .map((part) => {
      const mark = /^\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]$/.exec(part);
      if (mark) {
        return mark[2] === undefined
          ? part
          : `[[${mark[1]}|${swapLetters(mark[2])}]]`;
      }
      return /^\{\w+\}$/.test(part) ? part : swapLetters(part);
    })
    .join('');
}

const source = locales[0]!;

export const PSEUDO_LOCALE: Locale = {
  code: 'qps-plocm',
  name: 'Ƥşḗŭḓǿ',
  intl: 'ar',
  dir: 'rtl',
  loadError: {
    title: pseudoText(source.loadError.title),
    text: pseudoText(source.loadError.text),
    button: pseudoText(source.loadError.button),
  },
};

function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([area, keys]) => [
      area,
      Object.fromEntries(
        Object.entries(keys).map(([key, text]) => [key, pseudoText(text)]),
      ),
    ]),
  );
}

export function pseudoBundle(source: LocaleBundle): LocaleBundle {
  return {
    journey: {
      ...mapReaderText(source.journey, pseudoText),
      // Sources are shared between languages, never translated.
      sources: source.journey.sources,
    },
    messages: pseudoMessages(source.messages),
  };
}

/** True when text still has plain (untranslated) ASCII letters. */
export function hasPlainLetters(text: string) {
  return /[A-Za-z]/.test(text);
}
