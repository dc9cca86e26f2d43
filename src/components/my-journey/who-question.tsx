import { t } from '#src/content/i18n.ts';
import {
  useIsSituationOffered,
  useSituation,
} from '#src/state/journey-hooks.ts';
import { setSituation, setSituationOffered } from '#src/state/journey-store.ts';
import { WHOS, type Who } from '#src/content/situation.ts';

// Short labels, so the question and its answers fit above the timeline on
// a phone; the hint says which answer a parent picks.
const WHO_SHORT_LABELS: Record<Who, string> = {
  child: t('my-journey.whoChildShort'),
  'young-adult': t('my-journey.whoYoungAdultShort'),
  adult: t('my-journey.whoAdultShort'),
};

/**
 * The one question asked on a first visit, above the timeline: who is
 * having treatment. One tap sets the wording (the child version speaks to
 * parents); it can be skipped, and the other questions wait below.
 */
export function WhoQuestion() {
  const { who } = useSituation();
  const isOffered = useIsSituationOffered();
  if (who !== null || isOffered) return null;
  return (
    <section className="who-question" aria-labelledby="who-question-title">
      <h2 id="who-question-title">{t('layout.audienceLegend')}</h2>
      <div className="who-choices">
        {WHOS.map((value) => (
          <button
            key={value}
            type="button"
            className="button"
            onClick={() => setSituation({ who: value })}
          >
            {WHO_SHORT_LABELS[value]}
          </button>
        ))}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setSituationOffered()}
        >
          {t('my-journey.whoSkip')}
        </button>
      </div>
      <p className="hint">{t('my-journey.whoHint')}</p>
    </section>
  );
}
