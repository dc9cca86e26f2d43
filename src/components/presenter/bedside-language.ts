/**
 * Bedside mode opens in the language a unit set for it (`bedsideLanguage`
 * in the unit profile), for a unit where most families read that language.
 * Nothing is stored on a shared tablet, so the nurse's own choice travels
 * in the address instead: the language switch adds it, and an address that
 * has it is never moved.
 */
import { currentLocale } from '#src/content/i18n.ts';
import {
  CHOSEN_LANGUAGE_PARAM,
  findLocale,
  pathInLocale,
} from '#src/content/locale-path.ts';

/**
 * The address bedside setup should open at instead of this one, or
 * undefined to stay: when the unit's language is not this page's and
 * neither the nurse nor an earlier move chose one.
 */
export function bedsideLanguageHref(
  unitLanguage: string | undefined,
  pathname: string,
  params: URLSearchParams,
) {
  const wanted = findLocale(unitLanguage);
  if (
    !wanted ||
    wanted.code === currentLocale.code ||
    params.has(CHOSEN_LANGUAGE_PARAM)
  )
    return undefined;
  const next = new URLSearchParams(params);
  next.set(CHOSEN_LANGUAGE_PARAM, wanted.code);
  return `${pathInLocale(wanted, pathname)}?${next.toString()}`;
}
