import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import {
  useIsSituationOffered,
  useJourneyActions,
  useSituation,
} from '#src/state/journey-store.ts';
import { hasSituation } from './situation-match.ts';
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
  const { setSituationOffered, clearSituation } = useJourneyActions();
  const isChosen = hasSituation(situation);
  const isFirstVisit = !isOffered && !isChosen;
  const [isEditing, setIsEditing] = useState(false);
  const lines = describeSituation(situation);
  return (
    <section className="situation-section" aria-labelledby="situation-title">
      <h2 id="situation-title">
        {isFirstVisit ? 'Make this journey fit you' : 'Your situation'}
      </h2>
      {isFirstVisit ? (
        <p>
          Answer any of these questions and the journey shows what fits. You can
          skip this and change it any time. Your answers stay on this device.
        </p>
      ) : isChosen ? (
        <ul className="situation-summary">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Showing the full general journey.</p>
      )}
      {isEditing ? (
        <Suspense fallback={<p>Loading…</p>}>
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
            Answer 4 short questions
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
            Skip for now
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
            {isEditing ? 'Done' : 'Change my situation'}
          </button>
        )}
        {isChosen ? (
          <button type="button" className="button" onClick={clearSituation}>
            Show the general journey
          </button>
        ) : null}
        <Link className="button" to={paths.myJourney.getHref()}>
          My journey: notes, questions, handout
        </Link>
      </div>
    </section>
  );
}
