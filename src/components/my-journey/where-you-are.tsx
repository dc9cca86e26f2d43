import { t } from '#src/content/i18n.ts';
import { journey, getStepsInPhase } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { useAudience } from '#src/state/reader-audience.ts';
import { useHereStepId, useStartDate } from '#src/state/journey-hooks.ts';
import { setHereStepId, setStartDate } from '#src/state/journey-store.ts';
import { describeEstimate } from './estimate-text.ts';
import { estimatePhases } from './estimates.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

/** "You are here" and the start date, with the rough dates they give. */
export function WhereYouAre() {
  const plain = usePlainText();
  const audience = useAudience();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  const startDate = useStartDate();
  const estimates = startDate
    ? estimatePhases(journey.phases, startDate, audience)
    : null;
  return (
    <div className="where-you-are">
      <label htmlFor="here-step" className="field-label">
        {t('my-journey.whereHereLabel')}
      </label>
      <select
        id="here-step"
        className="field"
        value={hereStepId ?? ''}
        onChange={(event) => setHereStepId(event.target.value || null)}
      >
        <option value="">{t('my-journey.whereNotMarked')}</option>
        {journey.phases.map((phase) => (
          <optgroup key={phase.id} label={plain(phase.title)}>
            {getStepsInPhase(phase.id).map((step) => (
              <option key={step.id} value={step.id}>
                {plain(step.title)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="start-date" className="field-label">
        {t('my-journey.whereStartLabel')}
      </label>
      <p id="start-date-hint" className="hint">
        {t('my-journey.whereStartHint')}
      </p>
      <input
        id="start-date"
        type="date"
        className="field"
        aria-describedby="start-date-hint"
        value={startDate ?? ''}
        onChange={(event) => setStartDate(event.target.value || null)}
      />
      {estimates ? (
        <>
          <p className="estimate-note">{t('my-journey.estimateNote')}</p>
          <ul className="estimate-list">
            {journey.phases.map((phase) => (
              <li key={phase.id}>
                <strong>{plain(phase.title)}:</strong>{' '}
                {describeEstimate(estimates.get(phase.id) ?? { kind: 'none' })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
