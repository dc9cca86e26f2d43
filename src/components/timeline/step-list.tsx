import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import {
  getStepPosition,
  getStepsInPhase,
  journey,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { VisuallyHidden } from '#src/components/ui/visually-hidden.tsx';
import { useVisitedStepIds } from '#src/state/journey-store.ts';

function firstPositionOf(phaseId: string) {
  const first = getStepsInPhase(phaseId)[0];
  return first ? getStepPosition(first) : 1;
}

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

type StepListProps = { currentStepId?: string; headingLevel?: 'h2' | 'h3' };

/** Every step, grouped by phase; the current one is marked for all readers. */
export function StepList({
  currentStepId,
  headingLevel = 'h3',
}: StepListProps) {
  const plain = usePlainText();
  const visited = new Set(useVisitedStepIds(KNOWN_STEP_IDS));
  const Heading = headingLevel;
  return (
    <nav aria-label="Treatment journey" className="step-list">
      {journey.phases.map((phase) => (
        <div key={phase.id} className="step-list-phase">
          <Heading className="step-list-phase-title">
            {plain(phase.title)}
          </Heading>
          <ol start={firstPositionOf(phase.id)}>
            {getStepsInPhase(phase.id).map((step) => {
              const isCurrent = step.id === currentStepId;
              const isVisited = visited.has(step.id);
              return (
                <li
                  key={step.id}
                  className={isCurrent ? 'is-current' : undefined}
                >
                  <Link
                    to={paths.step.getHref(step.id)}
                    aria-current={isCurrent ? 'step' : undefined}
                  >
                    {isCurrent ? (
                      <VisuallyHidden>Current step: </VisuallyHidden>
                    ) : isVisited ? (
                      <VisuallyHidden>Read: </VisuallyHidden>
                    ) : null}
                    {plain(step.title)}
                  </Link>
                  {isVisited && !isCurrent ? (
                    <span className="visited-mark" aria-hidden="true">
                      ✓
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}
