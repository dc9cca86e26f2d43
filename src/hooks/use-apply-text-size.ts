import { useEffect } from 'react';
import { useTextSize } from '#src/state/journey-hooks.ts';

/** Mirrors the reader's text-size choice onto <html> for the CSS to use. */
export function useApplyTextSize() {
  const textSize = useTextSize();
  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
}
