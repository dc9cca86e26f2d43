/**
 * Server-side entry used at build time only (see
 * src/build/prerender-plugin.ts): renders the pages that read the same for
 * everyone (overview, every step, glossary, about) to HTML, so the first
 * response already holds the text and the page reads before JavaScript runs.
 *
 * The app reads the content of one language at import time, so this module
 * installs the language first and imports the app after it.
 */
import { renderToString } from 'react-dom/server';

export type PrerenderedPage = {
  /** The page's address, language prefix included: /es/steps/x */
  path: string;
  html: string;
  title: string;
  /** The page's own code, loaded lazily by app-routes.tsx (none: the overview's ships with the app). */
  routeModule?: string;
};

// The lazily loaded pages' modules: the build names their chunks in each
// page, so they download with the content instead of after the app starts.
const STEP_ROUTE = '/src/app/routes/step-route.tsx';
const CARE_ROUTE = '/src/app/routes/care-route.tsx';

export async function renderLocale(code: string): Promise<PrerenderedPage[]> {
  const { findLocale, basenameOf, pathInLocale } =
    await import('#src/content/locale-path.ts');
  const { loadLocale } = await import('#src/content/journey-data.ts');
  const locale = findLocale(code);
  if (!locale) throw new Error(`Unknown language "${code}"`);
  await loadLocale(locale);

  const { StaticRouter } = await import('react-router');
  const { AppShell } = await import('./app.tsx');
  const { AppRoutes, preloadAllRoutes } = await import('./app-routes.tsx');
  const { paths } = await import('./paths.ts');
  const { journey } = await import('#src/content/journey.ts');
  const { takeServerTitle } = await import('#src/hooks/use-document-title.ts');
  await preloadAllRoutes();

  const basename = basenameOf(locale);
  type Page = [href: string, routeModule?: string];
  const pages: Page[] = [
    [paths.home.getHref()],
    ...journey.steps.map((step): Page => [
      paths.step.getHref(step.id),
      STEP_ROUTE,
    ]),
    [paths.glossary.getHref(), '/src/app/routes/glossary-route.tsx'],
    [paths.about.getHref(), '/src/app/routes/about-route.tsx'],
    [paths.whenToCall.getHref(), '/src/app/routes/when-to-call-route.tsx'],
    [paths.care.getHref(), CARE_ROUTE],
    ...journey.careTopics.map((topic): Page => [
      paths.careTopic.getHref(topic.id),
      CARE_ROUTE,
    ]),
  ];
  return pages.map(([page, routeModule]) => {
    const html = renderToString(
      <AppShell>
        <StaticRouter
          basename={basename || undefined}
          location={`${basename}${page}`}
        >
          <AppRoutes />
        </StaticRouter>
      </AppShell>,
    );
    return {
      path: pathInLocale(locale, page),
      html,
      title: takeServerTitle(),
      routeModule,
    };
  });
}

/** The page description for search engines and link previews. */
export async function describeLocale() {
  const { t } = await import('#src/content/i18n.ts');
  return t('app.metaDescription');
}
