import { SituationSection } from '#src/components/my-journey/situation-section.tsx';
import { ContinueReading } from '#src/components/timeline/continue-reading.tsx';
import { JourneyTimeline } from '#src/components/timeline/journey-timeline.tsx';
import { ModalityMap } from '#src/components/timeline/modality-map.tsx';
import { TimelineList } from '#src/components/timeline/timeline-list.tsx';
import { SafetyLinks } from '#src/components/safety/safety-links.tsx';
import { OverviewRibbon } from '#src/components/my-journey/overview-ribbon.tsx';
import { WhoQuestion } from '#src/components/my-journey/who-question.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function OverviewRoute() {
  useDocumentTitle(undefined);
  return (
    <div className="page">
      <h1>{t('app.overviewHeading')}</h1>
      <p className="lead">{t('app.overviewLead')}</p>
      {/* The timeline comes first on a phone: only the one-tap "who is
          treated" question (first visit) or "continue" stand before it. */}
      <WhoQuestion />
      <OverviewRibbon />
      <ContinueReading />
      <JourneyTimeline />
      <ContinueReading isFirstVisitSpot />
      <SafetyLinks />
      <SituationSection />
      {/* Each thing said once: the full step list, the lanes and durations
          as text, and the treatment map wait behind one disclosure. */}
      <Disclosure title={t('timeline.detailsTitle')} isRenderedWhenOpened>
        <TimelineList />
        <ModalityMap />
      </Disclosure>
    </div>
  );
}
