import { lazy, Suspense } from 'react';
import { useStartDate } from '#src/state/journey-hooks.ts';

// Estimates load only for readers who gave a start date (first-load budget).
const LazyPhaseEstimate = lazy(async () => ({
  default: (await import('./phase-estimate.tsx')).PhaseEstimate,
}));
const LazyEstimateNote = lazy(async () => ({
  default: (await import('./phase-estimate.tsx')).EstimateNote,
}));

type PhaseEstimateSlotProps = { phaseId: string; as: 'p' | 'dd' };

export function PhaseEstimateSlot({
  phaseId,
  as: Tag,
}: PhaseEstimateSlotProps) {
  const startDate = useStartDate();
  if (!startDate) return null;
  return (
    <Tag className="timeline-estimate">
      <Suspense fallback={null}>
        <LazyPhaseEstimate phaseId={phaseId} />
      </Suspense>
    </Tag>
  );
}

export function EstimateNoteSlot() {
  const startDate = useStartDate();
  if (!startDate) return null;
  return (
    <Suspense fallback={null}>
      <LazyEstimateNote />
    </Suspense>
  );
}
