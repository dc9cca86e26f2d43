import { t } from '#src/content/i18n.ts';
import type { Wording } from '#src/content/schema.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { getSessionSteps, type SessionSettings } from './presenter-session.ts';

type StepChoiceProps = {
  phaseId: string;
  settings: SessionSettings;
  audience: Wording;
  /** Steps the nurse unticked: every other step that fits is taught. */
  leftOutIds: readonly string[];
  onChange: (leftOutIds: string[]) => void;
};

/**
 * The steps of the chosen phase that fit the situation, all ticked: a
 * nurse unticks what the family already knows or will hear another day.
 */
export function StepChoice({
  phaseId,
  settings,
  audience,
  leftOutIds,
  onChange,
}: StepChoiceProps) {
  const steps = getSessionSteps(phaseId, settings);
  if (steps.length === 0) return null;
  const leftOut = new Set(leftOutIds);
  return (
    <fieldset className="presenter-fieldset presenter-topics">
      <legend>{t('presenter.stepsLegend')}</legend>
      <div className="presenter-subfieldset">
        {steps.map((step) => (
          <label key={step.id} className="presenter-choice">
            <input
              type="checkbox"
              checked={!leftOut.has(step.id)}
              onChange={(event) => {
                if (event.target.checked) leftOut.delete(step.id);
                else leftOut.add(step.id);
                onChange([...leftOut]);
              }}
            />
            {plainText(step.title, audience)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
