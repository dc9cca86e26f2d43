/**
 * The language the reader chose with the language switch, remembered on the
 * device. Kept apart from the journey store because main.tsx needs it before
 * the app (and the store) load. Storage may be disabled or full: then the
 * choice simply is not remembered.
 */
const KEY = 'all-journey-language';

export function getRememberedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(code: string) {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Not remembered; the address still carries the language.
  }
}

export function forgetLanguage() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, or storage unavailable.
  }
}
