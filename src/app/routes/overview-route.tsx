import { SituationSection } from '#src/components/my-journey/situation-section.tsx';
import { ContinueReading } from '#src/components/timeline/continue-reading.tsx';
import { JourneyTimeline } from '#src/components/timeline/journey-timeline.tsx';
import { ModalityMap } from '#src/components/timeline/modality-map.tsx';
import { TimelineList } from '#src/components/timeline/timeline-list.tsx';
import { SafetyLinks } from '#src/components/safety/safety-links.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function OverviewRoute() {
  useDocumentTitle(undefined);
  return (
    <div className="page">
      <h1>{t('app.overviewHeading')}</h1>
      <p className="lead">{t('app.overviewLead')}</p>
      <SafetyLinks />
      <SituationSection />
      <ContinueReading />
      <JourneyTimeline />
      <TimelineList />
      <ModalityMap />
    </div>
  );
}
