import { expect, test } from 'vitest';
import { journey } from '#src/content/journey.ts';
import { estimatePhases } from './estimates.ts';

test('estimates follow the phase ranges and stop at the first phase without one', () => {
  const estimates = estimatePhases(journey.phases, '2026-01-01', 'adult');
  let isBroken = false;
  for (const phase of journey.phases) {
    const estimate = estimates.get(phase.id)!;
    const { min, max } = phase.duration.adult;
    if (phase.kind !== 'treatment') {
      expect(estimate.kind).toBe('none');
      continue;
    }
    if (isBroken || min === undefined || max === undefined) {
      expect(estimate.kind).toBe('none');
      isBroken = true;
      continue;
    }
    expect(estimate.kind).toBe('range');
  }
  const first = journey.phases.find((phase) => phase.kind === 'treatment')!;
  const firstEstimate = estimates.get(first.id);
  if (firstEstimate?.kind === 'range') {
    expect(firstEstimate.startFrom).toBe('2026-01-01');
  }
});
