import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getStepById, journey } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { useLastStepId } from '#src/state/journey-store.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

/**
 * "Continue where you left off" above the timeline for a returning reader;
 * on a first visit "Start at step 1" waits below it, so the shape of the
 * journey is what a new reader meets first.
 */
export function ContinueReading({ isFirstVisitSpot = false }) {
  const lastStepId = useLastStepId(KNOWN_STEP_IDS);
  const plain = usePlainText();
  const lastStep = getStepById(lastStepId ?? undefined);
  const first = journey.steps[0]!;
  if (isFirstVisitSpot === Boolean(lastStep)) return null;
  return (
    <p className="continue">
      {lastStep ? (
        <Link
          className="button button-primary"
          to={paths.step.getHref(lastStep.id)}
        >
          {t('timeline.continueWhereLeftOff', { title: plain(lastStep.title) })}
        </Link>
      ) : (
        <Link
          className="button button-primary"
          to={paths.step.getHref(first.id)}
        >
          {t('timeline.startAtFirstStep', { title: plain(first.title) })}
        </Link>
      )}
    </p>
  );
}
