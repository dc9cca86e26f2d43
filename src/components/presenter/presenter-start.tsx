import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getStepsInPhase } from '#src/content/journey.ts';
import { PresenterSetup } from './presenter-setup.tsx';
import type { SessionSettings } from './presenter-session.ts';

type PresenterStartProps = {
  step: Step | undefined;
  settings: SessionSettings;
  onStart: (stepId: string, settings: SessionSettings) => void;
  /** Set when the chosen situation leaves the phase with no steps. */
  emptyPhaseId?: string;
};

/** The screen before a session: a nurse-facing setup. */
export function PresenterStart({
  step,
  settings,
  onStart,
  emptyPhaseId,
}: PresenterStartProps) {
  return (
    <main id="main" className="presenter-page">
      <h1>Bedside mode</h1>
      <p className="presenter-lead">
        Walk a family through one phase, one idea per screen. Use Next and Back,
        a clicker, the arrow keys or a swipe.
      </p>
      {emptyPhaseId ? (
        <p className="presenter-warning" role="alert">
          None of the {getStepsInPhase(emptyPhaseId).length} steps of this phase
          fit the situation chosen. Change the situation or the phase.
        </p>
      ) : null}
      <PresenterSetup
        // A new starting point starts a fresh form.
        key={step?.id ?? 'start'}
        step={step}
        initial={settings}
        onStart={onStart}
      />
      <p>
        <Link to={step ? paths.step.getHref(step.id) : paths.home.getHref()}>
          Leave bedside mode
        </Link>
      </p>
    </main>
  );
}
