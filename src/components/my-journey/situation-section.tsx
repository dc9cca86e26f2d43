import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import {
  useIsSituationOffered,
  useSituation,
} from '#src/state/journey-hooks.ts';
import {
  clearSituation,
  setSituationOffered,
} from '#src/state/journey-store.ts';
import { hasSituation } from '#src/content/situation.ts';
import { describeSituation } from './situation-labels.ts';

// The picker loads when opened, to keep the overview's first load small.
const SituationPicker = lazy(async () => ({
  default: (await import('./situation-picker.tsx')).SituationPicker,
}));

/**
 * On the overview: offers the situation picker on a first visit (skippable),
 * then shows the chosen situation with a way to change it.
 */
export function SituationSection() {
  const situation = useSituation();
  const isOffered = useIsSituationOffered();
  const isChosen = hasSituation(situation);
  const isFirstVisit = !isOffered && !isChosen;
  const [isEditing, setIsEditing] = useState(false);
  const lines = describeSituation(situation);
  return (
    <section className="situation-section" aria-labelledby="situation-title">
      <h2 id="situation-title">
        {isFirstVisit
          ? t('my-journey.sectionFirstTitle')
          : t('my-journey.sectionTitle')}
      </h2>
      {isFirstVisit ? (
        <p>{t('my-journey.sectionIntro')}</p>
      ) : isChosen ? (
        <ul className="situation-summary">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('my-journey.sectionGeneral')}</p>
      )}
      {isEditing ? (
        <Suspense fallback={<p>{t('my-journey.sectionLoading')}</p>}>
          <SituationPicker />
        </Suspense>
      ) : null}
      <div className="button-row">
        {isFirstVisit && !isEditing ? (
          <button
            type="button"
            className="button button-primary"
            aria-expanded={false}
            onClick={() => setIsEditing(true)}
          >
            {t('my-journey.sectionAnswer')}
          </button>
        ) : null}
        {isFirstVisit && !isEditing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSituationOffered();
              setIsEditing(false);
            }}
          >
            {t('my-journey.sectionSkip')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-expanded={isEditing}
            onClick={() => {
              if (isEditing) setSituationOffered();
              setIsEditing(!isEditing);
            }}
          >
            {isEditing
              ? t('my-journey.sectionDone')
              : t('my-journey.sectionChange')}
          </button>
        )}
        {isChosen ? (
          <button type="button" className="button" onClick={clearSituation}>
            {t('my-journey.sectionShowGeneral')}
          </button>
        ) : null}
        <Link className="button" to={paths.myJourney.getHref()}>
          {t('my-journey.sectionMyJourney')}
        </Link>
      </div>
    </section>
  );
}
