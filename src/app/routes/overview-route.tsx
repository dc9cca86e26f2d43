import { SituationSection } from '#src/components/my-journey/situation-section.tsx';
import { ContinueReading } from '#src/components/timeline/continue-reading.tsx';
import { JourneyTimeline } from '#src/components/timeline/journey-timeline.tsx';
import { ModalityMap } from '#src/components/timeline/modality-map.tsx';
import { TimelineList } from '#src/components/timeline/timeline-list.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function OverviewRoute() {
  useDocumentTitle(undefined);
  return (
    <div className="page">
      <h1>Your ALL treatment journey</h1>
      <p className="lead">
        Treatment for acute lymphoblastic leukemia (ALL) comes in phases and
        usually takes about 2 to 3 years in all. Here is the shape of it. Your
        care team decides the details; your plan may differ.
      </p>
      <SituationSection />
      <ContinueReading />
      <JourneyTimeline />
      <TimelineList />
      <ModalityMap />
    </div>
  );
}
