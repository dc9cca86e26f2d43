import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { useHereStepId, useStartDate } from '#src/state/journey-hooks.ts';

// Only readers who gave a date or marked a step see it, so its code stays
// out of the first load every new reader pays for.
const JourneyRibbon = lazy(async () => ({
  default: (await import('./journey-ribbon.tsx')).JourneyRibbon,
}));

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

/**
 * On the overview, for a reader who gave a start date or marked where they
 * are: where today falls and what comes next, above the timeline.
 */
export function OverviewRibbon() {
  const startDate = useStartDate();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  if (startDate === null && hereStepId === null) return null;
  return (
    <section
      className="overview-ribbon"
      aria-labelledby="overview-ribbon-title"
    >
      <h2 id="overview-ribbon-title" className="visually-hidden">
        {t('my-journey.ribbonHeading')}
      </h2>
      <Suspense fallback={null}>
        <JourneyRibbon addDate="my-journey" isCompact />
      </Suspense>
      <p>
        <Link to={paths.myJourney.getHref()}>
          {t('my-journey.ribbonOpenMyJourney')}
        </Link>
      </p>
    </section>
  );
}
