import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element when `key` changes, so keyboard and
 * screen-reader users land on the new content. The first render keeps focus
 * where the browser put it.
 */
export function useFocusOnChange(key: string, elementId: string) {
  const previousKey = useRef(key);
  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    // The page already scrolled to the top; focusing must not scroll again.
    document.getElementById(elementId)?.focus({ preventScroll: true });
  }, [key, elementId]);
}
