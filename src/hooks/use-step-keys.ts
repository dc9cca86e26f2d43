import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getAdjacentSteps, getStepPath } from '#src/content/journey.ts';
import { useMoveKeys, type Move } from './use-move-keys.ts';

/**
 * ← → move one step (mirrored right to left), Home and End jump to the
 * first and last step, all along the step's own path (main or side).
 */
export function useStepKeys(step: Step) {
  const navigate = useNavigate();
  useMoveKeys((move) => {
    const { previous, next } = getAdjacentSteps(step);
    const targets: Record<Move, Step | undefined> = {
      back: previous,
      next,
      first: getStepPath(step)[0],
      last: getStepPath(step).at(-1),
    };
    const target = targets[move];
    if (!target || target.id === step.id) return false;
    void navigate(paths.step.getHref(target.id));
  });
}
