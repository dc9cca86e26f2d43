import { t } from '#src/content/i18n.ts';
import {
  useIsSituationOffered,
  useJourneyActions,
  useSituation,
  type Who,
} from '#src/state/journey-store.ts';
import { WHO_LABELS } from './situation-labels.ts';

/**
 * The one question asked on a first visit, above the timeline: who is
 * having treatment. One tap sets the wording (the child version speaks to
 * parents); it can be skipped, and the other questions wait below.
 */
export function WhoQuestion() {
  const { who } = useSituation();
  const isOffered = useIsSituationOffered();
  const { setSituation, setSituationOffered } = useJourneyActions();
  if (who !== null || isOffered) return null;
  return (
    <section className="who-question" aria-labelledby="who-question-title">
      <h2 id="who-question-title">{t('layout.audienceLegend')}</h2>
      <div className="who-choices">
        {(Object.keys(WHO_LABELS) as Who[]).map((value) => (
          <button
            key={value}
            type="button"
            className="button"
            onClick={() => setSituation({ who: value })}
          >
            {WHO_LABELS[value]}
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
