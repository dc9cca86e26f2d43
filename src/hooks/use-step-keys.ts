import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { currentLocale } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { getAdjacentSteps, getStepPath } from '#src/content/journey.ts';

function isTypingTarget(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
  );
}

/**
 * ← → move one step (mirrored right to left), Home and End jump to the
 * first and last step, all along the step's own path (main or side).
 */
export function useStepKeys(step: Step) {
  const navigate = useNavigate();
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const { previous, next } = getAdjacentSteps(step);
      // In a right-to-left language the journey reads from right to left.
      const isRtl = currentLocale.dir === 'rtl';
      const targets: Record<string, Step | undefined> = {
        ArrowLeft: isRtl ? next : previous,
        ArrowRight: isRtl ? previous : next,
        Home: getStepPath(step)[0],
        End: getStepPath(step).at(-1),
      };
      if (!(event.key in targets)) return;
      const target = targets[event.key];
      if (!target || target.id === step.id) return;
      event.preventDefault();
      void navigate(paths.step.getHref(target.id));
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [step, navigate]);
}
