import { MotionConfig } from 'framer-motion';
import { BrowserRouter } from 'react-router';
import { useMotionPreference } from '#src/state/journey-store.ts';
import { AppRoutes } from './app-routes.tsx';

export function App() {
  const motion = useMotionPreference();
  return (
    // "user" follows the system setting; the in-app toggle forces it off.
    <MotionConfig reducedMotion={motion === 'reduce' ? 'always' : 'user'}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </MotionConfig>
  );
}
