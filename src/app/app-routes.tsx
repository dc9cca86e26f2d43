import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { paths } from './paths.ts';
import { JourneyLayout } from './routes/journey-layout.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { OverviewRoute } from './routes/overview-route.tsx';
import { RouteError } from './routes/route-error.tsx';

// The overview ships with the first load; other pages (and the animation
// code they use) load when first opened, to keep the first load small.
const StepRoute = lazy(async () => ({
  default: (await import('./routes/step-route.tsx')).StepRoute,
}));
const GlossaryRoute = lazy(async () => ({
  default: (await import('./routes/glossary-route.tsx')).GlossaryRoute,
}));
const MyJourneyRoute = lazy(async () => ({
  default: (await import('./routes/my-journey-route.tsx')).MyJourneyRoute,
}));
const HandoutRoute = lazy(async () => ({
  default: (await import('./routes/handout-route.tsx')).HandoutRoute,
}));
const AboutRoute = lazy(async () => ({
  default: (await import('./routes/about-route.tsx')).AboutRoute,
}));
// Bedside mode is full screen: outside the layout (no header, no store).
const PresenterRoute = lazy(async () => ({
  default: (await import('./routes/presenter-route.tsx')).PresenterRoute,
}));
const presenter = (
  <ErrorBoundary fallback={<RouteError />}>
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <PresenterRoute />
    </Suspense>
  </ErrorBoundary>
);

/** The route table: one entry per URL (see paths.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.presentStart.path} element={presenter} />
      <Route path={paths.present.path} element={presenter} />
      <Route element={<JourneyLayout />}>
        <Route path={paths.home.path} element={<OverviewRoute />} />
        <Route path={paths.step.path} element={<StepRoute />} />
        <Route path={paths.glossary.path} element={<GlossaryRoute />} />
        <Route path={paths.about.path} element={<AboutRoute />} />
        <Route path={paths.myJourney.path} element={<MyJourneyRoute />} />
        <Route path={paths.handout.path} element={<HandoutRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
