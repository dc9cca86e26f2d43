import { t } from '#src/content/i18n.ts';
import {
  useIsSituationOffered,
  useJourneyActions,
  useSituation,
  type Who,
} from '#src/state/journey-store.ts';

// Short labels, so the question and its answers fit above the timeline on
// a phone; the hint says which answer a parent picks.
const WHO_CHOICES: readonly { value: Who; label: string }[] = [
  { value: 'child', label: t('my-journey.whoChildShort') },
  { value: 'young-adult', label: t('my-journey.whoYoungAdultShort') },
  { value: 'adult', label: t('my-journey.whoAdultShort') },
];

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
        {WHO_CHOICES.map(({ value, label }) => (
          <button
            key={value}
            type="button"
            className="button"
            onClick={() => setSituation({ who: value })}
          >
            {label}
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
