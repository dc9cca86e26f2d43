import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import {
  getStepPosition,
  getStepsInPhase,
  journey,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { fits } from '#src/content/situation-fit.ts';
import { VisuallyHidden } from '#src/components/ui/visually-hidden.tsx';
import {
  useHereStepId,
  useSituation,
  useVisitedStepIds,
} from '#src/state/journey-hooks.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

type StepListProps = { currentStepId?: string; headingLevel?: 'h2' | 'h3' };

/**
 * Every step, grouped by phase; the current one is marked for all readers.
 * Steps that do not fit the reader's situation fold away under
 * "may apply — ask your team"; nothing is hidden for good.
 */
export function StepList({
  currentStepId,
  headingLevel = 'h3',
}: StepListProps) {
  const situation = useSituation();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  const visited = new Set(useVisitedStepIds(KNOWN_STEP_IDS));
  const Heading = headingLevel;

  function renderItem(step: Step) {
    return (
      <StepItem
        key={step.id}
        step={step}
        isCurrent={step.id === currentStepId}
        isVisited={visited.has(step.id)}
        isHere={step.id === hereStepId}
        hints={fits(step, situation).hints}
      />
    );
  }

  return (
    <nav aria-label={t('timeline.stepListLabel')} className="step-list">
      {journey.phases.map((phase) => {
        const steps = getStepsInPhase(phase.id);
        const shown = steps.filter(
          (step) => fits(step, situation).kind !== 'folded',
        );
        const folded = steps.filter(
          (step) => fits(step, situation).kind === 'folded',
        );
        const holdsHere = folded.some(
          (step) => step.id === currentStepId || step.id === hereStepId,
        );
        return (
          <div key={phase.id} className="step-list-phase">
            <PhaseHeading as={Heading} title={phase.title} />
            {shown.length > 0 ? <ol>{shown.map(renderItem)}</ol> : null}
            {folded.length > 0 ? (
              <details className="step-list-folded" open={holdsHere}>
                <summary>
                  {t('timeline.foldedSteps', { count: folded.length })}
                </summary>
                <ol>{folded.map(renderItem)}</ol>
              </details>
            ) : null}
          </div>
        );
      })}
    </nav>
  );
}

function PhaseHeading({
  as: Heading,
  title,
}: {
  as: 'h2' | 'h3';
  title: Step['title'];
}) {
  const plain = usePlainText();
  return <Heading className="step-list-phase-title">{plain(title)}</Heading>;
}

type StepItemProps = {
  step: Step;
  isCurrent: boolean;
  isVisited: boolean;
  isHere: boolean;
  hints: string[];
};

function StepItem({
  step,
  isCurrent,
  isVisited,
  isHere,
  hints,
}: StepItemProps) {
  const plain = usePlainText();
  const classes = [isCurrent ? 'is-current' : '', isHere ? 'is-here' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li value={getStepPosition(step)} className={classes || undefined}>
      <Link
        to={paths.step.getHref(step.id)}
        aria-current={isCurrent ? 'step' : undefined}
      >
        {isCurrent ? (
          <VisuallyHidden>{`${t('timeline.currentStepPrefix')} `}</VisuallyHidden>
        ) : isVisited ? (
          <VisuallyHidden>{`${t('timeline.readStepPrefix')} `}</VisuallyHidden>
        ) : null}
        {plain(step.title)}
      </Link>
      {isVisited && !isCurrent ? (
        <span className="visited-mark" aria-hidden="true">
          ✓
        </span>
      ) : null}
      {isHere ? (
        <span className="here-badge">{t('timeline.youAreHere')}</span>
      ) : null}
      {hints.map((hint) => (
        <p key={hint} className="fit-hint">
          {hint}
        </p>
      ))}
    </li>
  );
}
