import { LazyMotion as MotionLoader } from 'framer-motion';
import type { ReactNode } from 'react';

/** The animation features; resolves once they have arrived. */
export const loadMotionFeatures = () =>
  import('./motion-features.ts').then((module) => module.default);

/**
 * Animation features load only where something animates (steps, panels),
 * so the overview's first load carries no animation code.
 */
export function LazyMotion({ children }: { children: ReactNode }) {
  return (
    <MotionLoader features={loadMotionFeatures} strict>
      {children}
    </MotionLoader>
  );
}
