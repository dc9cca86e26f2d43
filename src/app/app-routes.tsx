import { lazy, Suspense, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { t } from '#src/content/i18n.ts';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { paths } from './paths.ts';
import { withRetries } from './retry.ts';
import { JourneyLayout } from './routes/journey-layout.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { OverviewRoute } from './routes/overview-route.tsx';
import { RouteError } from './routes/route-error.tsx';

type RouteComponent = ComponentType<object>;

/**
 * A page whose code loads when first opened, to keep the first load small.
 * `preload` fetches it ahead: once loaded it renders at once, with no
 * Suspense fallback (used before the first render of a prerendered page).
 * A dropped request is tried again before the page says it failed.
 */
function lazyRoute(load: () => Promise<RouteComponent>) {
  let Loaded: RouteComponent | undefined;
  const preload = async () => {
    Loaded ??= await withRetries(load);
    return Loaded;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Route() {
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return Object.assign(Route, { preload });
}

// The overview ships with the first load; other pages (and the animation
// code they use) load when first opened.
const StepRoute = lazyRoute(
  async () => (await import('./routes/step-route.tsx')).StepRoute,
);
const GlossaryRoute = lazyRoute(
  async () => (await import('./routes/glossary-route.tsx')).GlossaryRoute,
);
const MyJourneyRoute = lazyRoute(
  async () => (await import('./routes/my-journey-route.tsx')).MyJourneyRoute,
);
const HandoutRoute = lazyRoute(
  async () => (await import('./routes/handout-route.tsx')).HandoutRoute,
);
const AboutRoute = lazyRoute(
  async () => (await import('./routes/about-route.tsx')).AboutRoute,
);
const WhenToCallRoute = lazyRoute(
  async () => (await import('./routes/when-to-call-route.tsx')).WhenToCallRoute,
);
const CareRoute = lazyRoute(
  async () => (await import('./routes/care-route.tsx')).CareRoute,
);
const CareTopicRoute = lazyRoute(
  async () => (await import('./routes/care-route.tsx')).CareTopicRoute,
);
const RecapRoute = lazyRoute(
  async () => (await import('./routes/recap-route.tsx')).RecapRoute,
);
// Bedside mode is full screen: outside the layout (no header, no store).
const PresenterRoute = lazyRoute(
  async () => (await import('./routes/presenter-route.tsx')).PresenterRoute,
);

const LAZY_ROUTES = [
  [paths.step.path, StepRoute],
  [paths.glossary.path, GlossaryRoute],
  [paths.myJourney.path, MyJourneyRoute],
  [paths.handout.path, HandoutRoute],
  [paths.about.path, AboutRoute],
  [paths.whenToCall.path, WhenToCallRoute],
  [paths.care.path, CareRoute],
  [paths.careTopic.path, CareTopicRoute],
  [paths.recap.path, RecapRoute],
  [paths.presentStart.path, PresenterRoute],
  [paths.present.path, PresenterRoute],
] as const;

/** Loads the code of the page at `pathname` (within the language). */
export async function preloadRouteFor(pathname: string) {
  const match = LAZY_ROUTES.find(([pattern]) => matchPath(pattern, pathname));
  await match?.[1].preload();
}

/** Loads every page's code: the prerenderer renders them all. */
export async function preloadAllRoutes() {
  await Promise.all(LAZY_ROUTES.map(([, route]) => route.preload()));
}

const presenter = (
  <ErrorBoundary fallback={<RouteError />}>
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
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
        <Route path={paths.whenToCall.path} element={<WhenToCallRoute />} />
        <Route path={paths.care.path} element={<CareRoute />} />
        <Route path={paths.careTopic.path} element={<CareTopicRoute />} />
        <Route path={paths.recap.path} element={<RecapRoute />} />
        <Route path={paths.myJourney.path} element={<MyJourneyRoute />} />
        <Route path={paths.handout.path} element={<HandoutRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
