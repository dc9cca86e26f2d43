import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import type { GlossaryTerm } from '#src/content/schema.ts';
import { useModalDialog } from '#src/hooks/use-modal-dialog.ts';

/** Where the sheet sits: a band of the screen that leaves the term in view. */
export type SheetPlace = {
  side: 'below' | 'above';
  /** Distance in px from the screen's top (below) or bottom (above) edge. */
  offset: number;
  /** The height it may take before its text scrolls. */
  room: number;
};

/** Space in px kept between the term and the sheet. */
const GAP = 8;
/** Less room than this beside the term, and the sheet docks at the bottom. */
const MIN_ROOM = 160;

/**
 * Puts the sheet on the side of the term with more room, so it never
 * covers the word it explains: under the term's line when the term is in
 * the top half of the screen, above it otherwise. On a very short screen
 * there is no such room, and it becomes a sheet at the bottom edge.
 */
export function placeSheet(termBox: DOMRect, screenHeight: number): SheetPlace {
  const docked: SheetPlace = {
    side: 'above',
    offset: GAP,
    room: screenHeight - 2 * GAP,
  };
  // Turning the phone reflows the text, and the term may leave the screen:
  // then no side of it is on the screen either.
  if (termBox.bottom <= 0 || termBox.top >= screenHeight) return docked;
  const isInLowerHalf = termBox.top + termBox.bottom > screenHeight;
  const place: SheetPlace = isInLowerHalf
    ? {
        side: 'above',
        offset: screenHeight - termBox.top + GAP,
        room: termBox.top - 2 * GAP,
      }
    : {
        side: 'below',
        offset: termBox.bottom + GAP,
        room: screenHeight - termBox.bottom - 2 * GAP,
      };
  return place.room >= MIN_ROOM ? place : docked;
}

/** The sheet's place beside the term as the screen is now. */
function placeBeside(termElement: HTMLElement) {
  return placeSheet(
    termElement.getBoundingClientRect(),
    document.documentElement.clientHeight || window.innerHeight,
  );
}

type GlossarySheetProps = {
  id: string;
  term: GlossaryTerm;
  /** The marked word in the text that opened the sheet. */
  termElement: HTMLElement;
  hasGlossaryLink: boolean;
  onClose: () => void;
};

/**
 * Tab from the last control goes back to the first, and Shift+Tab the
 * other way: a modal <dialog> alone lets focus leave for the browser's bar.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  const controls = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('a[href], button'),
  ];
  const edge = event.shiftKey ? controls[0] : controls.at(-1);
  if (edge && document.activeElement === edge) {
    event.preventDefault();
    (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
  }
}

// The sheet is a portal, so its events would bubble through React to the
// sentence around the term (a step's swipe, a link holding the term).
const stopBubbling = (event: SyntheticEvent) => event.stopPropagation();

/**
 * A term's definition in a modal <dialog> beside the term: focus moves in
 * and stays inside, Escape closes it, and focus goes back to the term. It
 * lives at the end of the page, so opening it never moves the sentence.
 */
export function GlossarySheet({
  id,
  term,
  termElement,
  hasGlossaryLink,
  onClose,
}: GlossarySheetProps) {
  const dialogRef = useModalDialog(onClose);
  const closeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const definitionId = useId();
  const [place, setPlace] = useState(() => placeBeside(termElement));
  // As large as the sentence it explains (bedside mode's text is larger).
  const [fontSize] = useState(
    () =>
      getComputedStyle(termElement.closest('p, li') ?? document.body).fontSize,
  );

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  useEffect(() => {
    // A turned phone or a zoom changes the room beside the term.
    const handleResize = () => setPlace(placeBeside(termElement));
    window.addEventListener('resize', handleResize);
    return () => window.removeEventListener('resize', handleResize);
  }, [termElement]);

  return createPortal(
    // A click on the backdrop (the dialog box itself) is a mouse shortcut;
    // keyboards close with Escape or the Close button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      id={id}
      className={`glossary-sheet glossary-sheet-${place.side}`}
      aria-labelledby={headingId}
      aria-describedby={definitionId}
      style={{
        [place.side === 'below' ? 'top' : 'bottom']: `${place.offset}px`,
        maxHeight: `${place.room}px`,
        fontSize,
      }}
      onClick={(event) => {
        event.stopPropagation();
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Tab') keepFocusInside(event);
      }}
      onPointerDown={stopBubbling}
      onPointerUp={stopBubbling}
    >
      <div className="glossary-sheet-body">
        <div className="glossary-sheet-header">
          <h2 id={headingId}>{term.term}</h2>
          <button
            ref={closeRef}
            type="button"
            className="button"
            onClick={onClose}
          >
            {t('glossary.close')}
          </button>
        </div>
        {term.alsoCalled.length > 0 ? (
          <p className="also-called">
            {t('glossary.alsoCalled', { names: term.alsoCalled.join(', ') })}
          </p>
        ) : null}
        <p id={definitionId}>{term.definition}</p>
        {hasGlossaryLink ? (
          <p>
            <Link to={paths.glossary.getHref(term.id)}>
              {t('glossary.moreInGlossary')}
            </Link>
          </p>
        ) : null}
      </div>
    </dialog>,
    document.body,
  );
}
