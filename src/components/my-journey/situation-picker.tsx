import {
  ANSWERS,
  STAGES,
  type Answer,
  type Situation,
} from '#src/content/situation.ts';
import { setSituation } from '#src/state/journey-store.ts';
import { useSituation } from '#src/state/journey-hooks.ts';
import { AudiencePicker } from '#src/components/layout/audience-picker.tsx';
import { t } from '#src/content/i18n.ts';
import {
  ANSWER_LABELS,
  PH_LEGEND,
  STAGE_LABELS,
  TRANSPLANT_LEGEND,
} from './situation-labels.ts';

type AnswerFieldProps = {
  legend: string;
  name: 'ph' | 'transplant';
  hint: string;
};

function AnswerField({ legend, name, hint }: AnswerFieldProps) {
  const situation = useSituation();
  const hintId = `situation-${name}-hint`;
  return (
    <fieldset className="situation-field" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <div className="choice-row">
        {ANSWERS.map((value: Answer) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`situation-${name}`}
              value={value}
              checked={situation[name] === value}
              onChange={() =>
                setSituation({ [name]: value } as Partial<Situation>)
              }
            />
            {ANSWER_LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The four questions of the situation. Every answer is optional; the
 * journey adapts as soon as one is given.
 */
export function SituationPicker() {
  const situation = useSituation();
  return (
    <div className="situation-picker">
      <fieldset className="situation-field">
        <legend>{t('my-journey.pickerStageLegend')}</legend>
        {STAGES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="situation-stage"
              value={value}
              checked={situation.stage === value}
              onChange={() => setSituation({ stage: value })}
            />
            {STAGE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <AudiencePicker />
      <AnswerField
        legend={PH_LEGEND}
        name="ph"
        hint={t('my-journey.pickerPhHint')}
      />
      <AnswerField
        legend={TRANSPLANT_LEGEND}
        name="transplant"
        hint={t('my-journey.pickerTransplantHint')}
      />
    </div>
  );
}
