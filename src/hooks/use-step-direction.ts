import { useState } from 'react';

/** 1 when moving forward through the journey, -1 when moving back. */
export function useStepDirection(position: number) {
  const [tracked, setTracked] = useState({ position, direction: 1 });
  if (tracked.position !== position) {
    // Adjusting state while rendering is React's documented way to derive
    // from a changed prop without an extra effect pass.
    const next = { position, direction: position > tracked.position ? 1 : -1 };
    setTracked(next);
    return next.direction;
  }
  return tracked.direction;
}
