import { useLocation } from 'react-router';
import { getLocales } from '#src/content/journey-data.ts';
import { currentLocale, t } from '#src/content/i18n.ts';
import {
  CHOSEN_LANGUAGE_PARAM,
  pathInLocale,
} from '#src/content/locale-path.ts';
import { rememberLanguage } from '#src/state/language-preference.ts';

type LanguageSwitchProps = {
  /**
   * Bedside mode keeps nothing on the device, not even this choice: its
   * address carries it (bedside-language.ts).
   */
  remember?: boolean;
};

/** The query with the language marked as chosen (bedside mode). */
function chosenIn(search: string, code: string) {
  const params = new URLSearchParams(search);
  params.set(CHOSEN_LANGUAGE_PARAM, code);
  return `?${params.toString()}`;
}

/**
 * Links to this same page in every other language. Each language is its
 * own address, so this is a real page load (the other language's content
 * file comes from the cache when offline), and the reader's notes stay.
 */
export function LanguageSwitch({ remember = true }: LanguageSwitchProps) {
  const { pathname, search, hash } = useLocation();
  const others = getLocales().filter(
    (locale) => locale.code !== currentLocale.code,
  );
  if (others.length === 0) return null;
  return (
    <nav className="language-switch" aria-label={t('app.languageSwitch')}>
      <ul>
        {others.map((locale) => (
          <li key={locale.code}>
            <a
              href={`${pathInLocale(locale, pathname)}${remember ? search : chosenIn(search, locale.code)}${hash}`}
              lang={locale.code}
              hrefLang={locale.code}
              dir={locale.dir}
              onClick={() => {
                if (remember) rememberLanguage(locale.code);
              }}
            >
              {locale.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
