import { MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { useMotionPreference } from '#src/state/journey-hooks.ts';
import { AppRoutes } from './app-routes.tsx';

/** What every page shares, whatever router drives it. */
export function AppShell({ children }: { children: ReactNode }) {
  const motion = useMotionPreference();
  return (
    // "user" follows the system setting; the in-app toggle forces it off.
    <MotionConfig reducedMotion={motion === 'reduce' ? 'always' : 'user'}>
      {children}
    </MotionConfig>
  );
}

/** The app in the browser. `basename` is the language prefix ('' or /es). */
export function App({ basename = '' }: { basename?: string }) {
  return (
    <AppShell>
      {/* Navigations render at once instead of as a transition: a step
          change is small, and time-slicing it only delays its paint on a
          slow phone (see npm run bench). */}
      <BrowserRouter basename={basename || undefined} useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppShell>
  );
}
