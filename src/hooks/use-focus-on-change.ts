import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element when `key` changes, so keyboard and
 * screen-reader users land on the new content. The first render keeps focus
 * where the browser put it.
 *
 * Focus moves in the next frame, just before it paints, not in the tap that
 * changed the page: focusing makes the browser work out the new page's
 * styles at once, and the frame does that anyway, so the tap stays short.
 */
export function useFocusOnChange(key: string, elementId: string) {
  const previousKey = useRef(key);
  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    const frame = requestAnimationFrame(() => {
      // The page already scrolled to the top; focusing must not scroll again.
      document.getElementById(elementId)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [key, elementId]);
}
