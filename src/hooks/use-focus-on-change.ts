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
    document.getElementById(elementId)?.focus();
  }, [key, elementId]);
}
