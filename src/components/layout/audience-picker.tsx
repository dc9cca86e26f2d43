import { t } from '#src/content/i18n.ts';
import { WHO_LABELS } from '#src/components/my-journey/situation-labels.ts';
import { setSituation } from '#src/state/journey-store.ts';
import { useSituation } from '#src/state/journey-hooks.ts';
import { WHOS } from '#src/content/situation.ts';

/**
 * Who is being treated: part of the situation. It also chooses the wording
 * (the child version speaks to parents; see docs/decisions/007).
 */
export function AudiencePicker() {
  const { who } = useSituation();
  return (
    <fieldset className="audience-picker">
      <legend>{t('layout.audienceLegend')}</legend>
      {WHOS.map((value) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name="situation-who"
            value={value}
            checked={who === value}
            onChange={() => setSituation({ who: value })}
          />
          {WHO_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}
