import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { getPhaseOfStep, isSidePathStep } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';
import { ListenControls } from '#src/components/listen/listen-controls.tsx';
import { readStepAloud } from '#src/components/listen/speech-text.ts';

type StepHeaderProps = { step: Step; position: number; total: number };

const AUDIENCE_LABELS = {
  adult: 'step.audienceAdult',
  child: 'step.audienceChild',
} as const;

export function StepHeader({ step, position, total }: StepHeaderProps) {
  const phase = getPhaseOfStep(step);
  const plain = usePlainText();
  const isSide = isSidePathStep(step);
  return (
    <header className="step-header">
      <p className="step-phase">
        {phase.group ? <span>{phase.group.title} · </span> : null}
        <Prose text={phase.title} isInline />
      </p>
      <h1 id="step-title" tabIndex={-1}>
        {plain(step.title)}
      </h1>
      <div className="step-position">
        <span>
          {t(isSide ? 'step.sidePathPosition' : 'step.position', {
            position,
            total,
          })}
        </span>
        {step.audience !== 'both' ? (
          <span className="badge">{t(AUDIENCE_LABELS[step.audience])}</span>
        ) : null}
        <ListenControls read={readStepAloud} />
      </div>
      <progress
        className="step-progress"
        max={total}
        value={position}
        aria-label={t(
          isSide ? 'step.sidePathProgressLabel' : 'step.progressLabel',
          { position, total },
        )}
      />
    </header>
  );
}
