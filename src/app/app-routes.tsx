import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from './paths.ts';
import { JourneyLayout } from './routes/journey-layout.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { OverviewRoute } from './routes/overview-route.tsx';

// The overview ships with the first load; other pages (and the animation
// code they use) load when first opened, to keep the first load small.
const StepRoute = lazy(async () => ({
  default: (await import('./routes/step-route.tsx')).StepRoute,
}));
const GlossaryRoute = lazy(async () => ({
  default: (await import('./routes/glossary-route.tsx')).GlossaryRoute,
}));
const AboutRoute = lazy(async () => ({
  default: (await import('./routes/about-route.tsx')).AboutRoute,
}));

/** The route table: one entry per URL (see paths.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<JourneyLayout />}>
        <Route path={paths.home.path} element={<OverviewRoute />} />
        <Route path={paths.step.path} element={<StepRoute />} />
        <Route path={paths.glossary.path} element={<GlossaryRoute />} />
        <Route path={paths.about.path} element={<AboutRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
