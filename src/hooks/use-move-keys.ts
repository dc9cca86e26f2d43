import { useEffect, useLayoutEffect, useRef } from 'react';
import { currentLocale } from '#src/content/i18n.ts';

export type Move = 'next' | 'back' | 'first' | 'last';

export type MoveKeyOptions = {
  /**
   * Also the keys presentation clickers send (PageDown, PageUp, Space).
   * Only bedside mode takes them: on a step page they scroll the text.
   */
  withClickerKeys?: boolean;
};

const CLICKER_MOVES: Record<string, Move> = {
  PageDown: 'next',
  ' ': 'next',
  PageUp: 'back',
};

/**
 * The move a key means. In a right-to-left language the journey reads from
 * right to left, so ArrowLeft goes forward; Home and End are the same
 * everywhere.
 */
export function moveForKey(
  key: string,
  dir: 'ltr' | 'rtl',
  { withClickerKeys = false }: MoveKeyOptions = {},
): Move | undefined {
  const isRtl = dir === 'rtl';
  switch (key) {
    case 'ArrowRight':
      return isRtl ? 'back' : 'next';
    case 'ArrowLeft':
      return isRtl ? 'next' : 'back';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return withClickerKeys ? CLICKER_MOVES[key] : undefined;
  }
}

function isTypingTarget(target: EventTarget | null) {
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
 * Arrow keys (and Home, End) move through the journey on step pages and in
 * bedside mode alike, except while typing or while a dialog is open.
 * `onMove` returns false when there is nowhere to go, so the key keeps its
 * usual effect.
 */
export function useMoveKeys(
  onMove: (move: Move) => boolean | void,
  options: MoveKeyOptions = {},
) {
  const onMoveRef = useRef(onMove);
  // Updated at commit, so a fast second key press sees the new screen.
  useLayoutEffect(() => {
    onMoveRef.current = onMove;
  });
  const { withClickerKeys = false } = options;
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const move = moveForKey(event.key, currentLocale.dir, {
        withClickerKeys,
      });
      if (!move || isTypingTarget(event.target)) return;
      if (event.key === ' ' && isPressable(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (onMoveRef.current(move) === false) return;
      event.preventDefault();
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [withClickerKeys]);
}
