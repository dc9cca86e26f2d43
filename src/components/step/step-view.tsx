import { m, useAnimationControls } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import {
  getAdjacentSteps,
  getPhaseOfStep,
  getStepPath,
  getStepPosition,
  isSidePathStep,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { useFocusOnChange } from '#src/hooks/use-focus-on-change.ts';
import { useStepDirection } from '#src/hooks/use-step-direction.ts';
import { useStepKeys } from '#src/hooks/use-step-keys.ts';
import { useSwipe } from '#src/hooks/use-swipe.ts';
import { isMotionReduced } from '#src/state/journey-store.ts';
import { currentLocale } from '#src/content/i18n.ts';
import { StepList } from '#src/components/timeline/step-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import {
  LazyMotion,
  loadMotionFeatures,
} from '#src/components/ui/lazy-motion.tsx';
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
  const total = getStepPath(step).length;
  const phase = getPhaseOfStep(step);
  const direction = useStepDirection(position);
  const navigate = useNavigate();
  const swipeHandlers = useSwipe((direction) => {
    const { previous, next } = getAdjacentSteps(step);
    const target = direction === 'next' ? next : previous;
    if (target) void navigate(paths.step.getHref(target.id));
  });
  // The step this page opened on; any other one was reached by a step change.
  const [firstStepId] = useState(step.id);
  const controls = useAnimationControls();
  const previousStepId = useRef(step.id);
  // Before the new step paints, so it never shows at rest and then jumps.
  useLayoutEffect(() => {
    if (previousStepId.current === step.id) return;
    previousStepId.current = step.id;
    if (isMotionReduced()) {
      // Settles any slide still running; the new step appears in place.
      controls.set({ x: 0, opacity: 1 });
      return;
    }
    void controls.start({
      // The new step slides in from the side it comes from, mirrored
      // right to left.
      x: [direction * (currentLocale.dir === 'rtl' ? -32 : 32), 0],
      opacity: [0.6, 1],
      transition: { duration: 0.2, ease: 'easeOut' },
    });
  }, [step.id, direction, controls]);
  // The first animation of a page runs the animation code for the first
  // time, which is slow on a slow phone; a still "animation" at idle time
  // does that first, so the first step change moves as quickly as the rest.
  // It waits for the animation code, and tries again at the next idle time
  // while nothing has moved (the code has not yet reached the article).
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle: number | undefined;
    let triesLeft = 5;
    let isCancelled = false;
    const warmUp = () => {
      handle = requestIdleCallback(() => {
        void controls
          .start({
            x: [0, 0],
            opacity: [1, 1],
            transition: { duration: 0.2, ease: 'easeOut' },
          })
          .then((moved) => {
            if (moved.length === 0 && !isCancelled && --triesLeft > 0) warmUp();
          });
      });
    };
    loadMotionFeatures().then(
      () => {
        if (!isCancelled) warmUp();
      },
      () => {}, // No animation code, nothing to warm up.
    );
    return () => {
      isCancelled = true;
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }, [controls]);
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
        {t(
          isSidePathStep(step)
            ? 'step.sidePathAnnouncement'
            : 'step.announcement',
          {
            position,
            total,
            title: plain(step.title),
            phase: plain(phase.title),
          },
        )}
      </p>
      {/* One article for all steps, so moving on animates an existing
          element; only its content is rebuilt. There is no exit animation,
          so the new content is never held back by the old. */}
      <LazyMotion>
        <m.article
          className="step"
          animate={controls}
          aria-labelledby="step-title"
          {...swipeHandlers}
        >
          <StepContent
            key={step.id}
            step={step}
            position={position}
            total={total}
            isStepChange={step.id !== firstStepId}
          />
        </m.article>
      </LazyMotion>
      <StepNav step={step} />
      <aside className="step-aside" aria-label={t('step.asideLabel')}>
        <Disclosure
          title={t('step.allSteps')}
          isInitiallyOpen={isWideScreen()}
          isRenderedWhenOpened
        >
          <StepList currentStepId={step.id} />
        </Disclosure>
      </aside>
    </div>
  );
}
