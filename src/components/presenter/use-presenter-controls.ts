import { useEffect, useLayoutEffect, useRef } from 'react';

export type PresenterMove = 'next' | 'back' | 'first' | 'last';

/** Keys that presentation clickers and keyboards send. */
const KEY_MOVES: Record<string, PresenterMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  Home: 'first',
  End: 'last',
};

function isControl(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
  );
}

/** Space on a focused button or link presses it, as everywhere else. */
function isPressable(target: EventTarget | null) {
  return target instanceof HTMLElement && !!target.closest('button, a[href]');
}

/**
 * Clicker keys (→ ← PageDown PageUp Space Home End) move through the
 * session, except while typing or while a dialog is open.
 */
export function usePresenterKeys(onMove: (move: PresenterMove) => void) {
  const onMoveRef = useRef(onMove);
  // Updated at commit, so a fast second key press sees the new screen.
  useLayoutEffect(() => {
    onMoveRef.current = onMove;
  });
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const move = KEY_MOVES[event.key];
      if (!move || isControl(event.target)) return;
      if (event.key === ' ' && isPressable(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onMoveRef.current(move);
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
}
