import { useRef, type PointerEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getAdjacentSteps } from '#src/content/journey.ts';

const MIN_DISTANCE = 60;

/** Swipe left for the next step, right for the previous one (touch only). */
export function useSwipe(step: Step) {
  const navigate = useNavigate();
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
      const { previous, next } = getAdjacentSteps(step);
      const target = dx < 0 ? next : previous;
      if (target) void navigate(paths.step.getHref(target.id));
    },
  };
}
