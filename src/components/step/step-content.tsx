import { useDeferredValue } from 'react';
import type { Step } from '#src/content/schema.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { StepMine } from '#src/components/my-journey/step-mine.tsx';
import { StepHeader } from './step-header.tsx';
import { StepIllustrations } from './step-illustrations.tsx';
import { StepQuestions } from './step-questions.tsx';
import { SidePaths } from './side-paths.tsx';
import { StepSections } from './step-sections.tsx';
import { StepSources } from './step-sources.tsx';
import { StepTreatments } from './step-treatments.tsx';

type StepContentProps = {
  step: Step;
  position: number;
  total: number;
  /** True when the reader moved here from another step on this page. */
  isStepChange?: boolean;
};

export function StepContent({
  step,
  position,
  total,
  isStepChange = false,
}: StepContentProps) {
  // On a step change, the top of the step (heading, summary, sections)
  // paints at once and the rest follows in the next moment, in small slices,
  // so a slow phone shows the new step sooner and never freezes. The first
  // render of a page shows everything at once, as prerendered.
  const showsAll = useDeferredValue(true, !isStepChange);
  return (
    <>
      <StepHeader step={step} position={position} total={total} />
      <div className="step-summary">
        <Prose text={step.summary} />
      </div>
      <StepIllustrations step={step} />
      <StepSections step={step} hasAllText={showsAll} />
      {showsAll ? (
        <>
          <SidePaths step={step} />
          <StepTreatments step={step} />
          <StepQuestions step={step} />
          <StepMine step={step} />
          <StepSources step={step} />
        </>
      ) : null}
    </>
  );
}
