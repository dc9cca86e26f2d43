import { t } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { useAudience } from '#src/state/reader-audience.ts';
import { useStartDate } from '#src/state/journey-hooks.ts';
import { describeEstimate } from './estimate-text.ts';
import { estimatePhases } from './estimates.ts';

/** The rough dates of one phase, when the reader gave a start date. */
export function PhaseEstimate({ phaseId }: { phaseId: string }) {
  const audience = useAudience();
  const startDate = useStartDate();
  if (!startDate) return null;
  const estimate = estimatePhases(journey.phases, startDate, audience).get(
    phaseId,
  );
  return estimate ? <>{describeEstimate(estimate)}</> : null;
}

/** Says the dates are estimates, once per list. */
export function EstimateNote() {
  const startDate = useStartDate();
  return startDate ? (
    <p className="estimate-note">{t('my-journey.estimateNote')}</p>
  ) : null;
}
