import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { SiteFooter } from '#src/components/layout/site-footer.tsx';
import { SiteHeader } from '#src/components/layout/site-header.tsx';
import { UpdateNotice } from '#src/components/layout/update-notice.tsx';
import { PanelSlot } from '#src/components/panels/panel-slot.tsx';
import { t } from '#src/content/i18n.ts';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { SkipLink } from '#src/components/ui/skip-link.tsx';
import { useApplyTextSize } from '#src/hooks/use-apply-text-size.ts';
import { useScrollToTop } from '#src/hooks/use-scroll-to-top.ts';
import { RouteError } from './route-error.tsx';

export function JourneyLayout() {
  const { pathname } = useLocation();
  useApplyTextSize();
  useScrollToTop();
  return (
    <>
      <SkipLink targetId="main" label={t('app.skipToMain')} />
      <UpdateNotice />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="site-main">
        {/* Leaving a broken page clears the error. */}
        <ErrorBoundary resetKey={pathname} fallback={<RouteError />}>
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter />
      <PanelSlot />
    </>
  );
}
