import type { Step } from '#src/content/schema.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { StepMine } from '#src/components/my-journey/step-mine.tsx';
import { StepHeader } from './step-header.tsx';
import { StepIllustrations } from './step-illustrations.tsx';
import { StepQuestions } from './step-questions.tsx';
import { StepSections } from './step-sections.tsx';
import { StepSources } from './step-sources.tsx';
import { StepTreatments } from './step-treatments.tsx';

type StepContentProps = { step: Step; position: number; total: number };

export function StepContent({ step, position, total }: StepContentProps) {
  return (
    <>
      <StepHeader step={step} position={position} total={total} />
      <div className="step-summary">
        <Prose text={step.summary} />
      </div>
      <StepIllustrations step={step} />
      <StepSections step={step} />
      <StepTreatments step={step} />
      <StepQuestions step={step} />
      <StepMine step={step} />
      <StepSources step={step} />
    </>
  );
}
