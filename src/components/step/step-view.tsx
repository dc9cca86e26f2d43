import { m } from 'framer-motion';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import {
  getAdjacentSteps,
  getPhaseOfStep,
  getStepPosition,
  journey,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { useFocusOnChange } from '#src/hooks/use-focus-on-change.ts';
import { useStepDirection } from '#src/hooks/use-step-direction.ts';
import { useStepKeys } from '#src/hooks/use-step-keys.ts';
import { useSwipe } from '#src/hooks/use-swipe.ts';
import { StepList } from '#src/components/timeline/step-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { LazyMotion } from '#src/components/ui/lazy-motion.tsx';
import { StepContent } from './step-content.tsx';
import { StepNav } from './step-nav.tsx';

type StepViewProps = { step: Step };

function isWideScreen() {
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(min-width: 64em)').matches === true
  );
}

export function StepView({ step }: StepViewProps) {
  const plain = usePlainText();
  const position = getStepPosition(step);
  const total = journey.steps.length;
  const phase = getPhaseOfStep(step);
  const direction = useStepDirection(position);
  const navigate = useNavigate();
  const swipeHandlers = useSwipe((direction) => {
    const { previous, next } = getAdjacentSteps(step);
    const target = direction === 'next' ? next : previous;
    if (target) void navigate(paths.step.getHref(target.id));
  });
  const [firstStepId] = useState(step.id);
  useStepKeys(step);
  useFocusOnChange(step.id, 'step-title');

  return (
    <div className="step-page">
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {`Step ${position} of ${total}: ${plain(step.title)}, ${plain(phase.title)}`}
      </p>
      {/* Keyed so each step slides in; there is no exit animation, so the new
          content is never held back waiting for the old one to leave. */}
      <LazyMotion>
        <m.article
          key={step.id}
          className="step"
          initial={
            step.id === firstStepId
              ? false
              : { x: direction * 32, opacity: 0.6 }
          }
          animate={{ x: 0, opacity: 1 }}
          transition={{ duration: 0.2, ease: 'easeOut' }}
          aria-labelledby="step-title"
          {...swipeHandlers}
        >
          <StepContent step={step} position={position} total={total} />
        </m.article>
      </LazyMotion>
      <StepNav step={step} />
      <aside className="step-aside" aria-label="Where this step fits">
        <Disclosure
          title="All steps in the journey"
          isInitiallyOpen={isWideScreen()}
          isRenderedWhenOpened
        >
          <StepList currentStepId={step.id} />
        </Disclosure>
      </aside>
    </div>
  );
}
