import { useRef, type PointerEvent } from 'react';
import { currentLocale } from '#src/content/i18n.ts';

const MIN_DISTANCE = 60;

export type SwipeDirection = 'next' | 'back';

/**
 * Swipe left for "next", right for "back" (mirrored in a right-to-left
 * language; touch only; buttons remain).
 */
export function useSwipe(onSwipe: (direction: SwipeDirection) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      start.current =
        event.pointerType === 'touch'
          ? { x: event.clientX, y: event.clientY }
          : null;
    },
    onPointerUp(event: PointerEvent) {
      const origin = start.current;
      start.current = null;
      if (!origin) return;
      const dx = event.clientX - origin.x;
      const dy = event.clientY - origin.y;
      if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dy) > Math.abs(dx) / 2)
        return;
      // Right to left, the next step comes from the left.
      const forward = currentLocale.dir === 'rtl' ? dx > 0 : dx < 0;
      onSwipe(forward ? 'next' : 'back');
    },
  };
}
