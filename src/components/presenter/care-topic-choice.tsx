import { t } from '#src/content/i18n.ts';
import type { Wording } from '#src/content/schema.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { TEACHING_TIMES } from '#src/components/safety/care-topics.tsx';
import type { SessionSettings } from './presenter-session.ts';
import { getCareTopicsFor } from './session-plan.ts';

type CareTopicChoiceProps = {
  settings: SessionSettings;
  audience: Wording;
  chosenIds: readonly string[];
  onChange: (ids: string[]) => void;
};

/**
 * The care-at-home topics to teach in this session, grouped by when nurses
 * usually teach them (the Children's Oncology Group checklist), in the
 * order the guide lists them.
 */
export function CareTopicChoice({
  settings,
  audience,
  chosenIds,
  onChange,
}: CareTopicChoiceProps) {
  const topics = getCareTopicsFor(settings);
  const chosen = new Set(chosenIds);
  function toggle(id: string, isChecked: boolean) {
    if (isChecked) chosen.add(id);
    else chosen.delete(id);
    // Keep the guide's order, whatever order the nurse ticks them in.
    onChange(
      topics.map((topic) => topic.id).filter((item) => chosen.has(item)),
    );
  }
  return (
    <fieldset className="presenter-fieldset presenter-topics">
      <legend>{t('presenter.careLegend')}</legend>
      <p className="presenter-hint">{t('presenter.careHint')}</p>
      {TEACHING_TIMES.map(([time, label]) => {
        const inTime = topics.filter((topic) => topic.teachingTime === time);
        if (inTime.length === 0) return null;
        return (
          <fieldset key={time} className="presenter-subfieldset">
            <legend>{t(label)}</legend>
            {inTime.map((topic) => (
              <label key={topic.id} className="presenter-choice">
                <input
                  type="checkbox"
                  checked={chosen.has(topic.id)}
                  onChange={(event) => toggle(topic.id, event.target.checked)}
                />
                {plainText(topic.title, audience)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
