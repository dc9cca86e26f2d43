import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { getGlossaryTerm } from '#src/content/journey.ts';
import { GlossarySheet } from './glossary-sheet.tsx';

type GlossaryTermProps = {
  termId: string;
  shownText: string | undefined;
  /** Bedside mode explains terms in place and never leaves the session. */
  hasGlossaryLink?: boolean;
};

/**
 * A marked word in content text. Tapping, clicking, Enter or Space opens
 * its definition in a sheet beside the term (not a hover-only tooltip).
 *
 * A <button> is always laid out as one unbreakable box, so a long term
 * would jump to a line of its own; a span with the button role flows and
 * wraps like the words around it, and punctuation stays with it.
 */
export function GlossaryTerm({
  termId,
  shownText,
  hasGlossaryLink = true,
}: GlossaryTermProps) {
  // The term's element while its sheet is open: the sheet sits beside it.
  const [openedFrom, setOpenedFrom] = useState<HTMLElement | null>(null);
  const sheetId = useId();
  const term = getGlossaryTerm(termId);
  if (!term) return <>{shownText ?? termId}</>;

  function open(element: HTMLElement) {
    // Focus first, so focus returns here on close even where a tap does
    // not focus what it taps (Safari).
    element.focus({ preventScroll: true });
    setOpenedFrom(element);
  }

  function handleClick(event: MouseEvent<HTMLElement>) {
    // Like a real button, a term inside a link does not follow the link.
    event.preventDefault();
    open(event.currentTarget);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    // As a button: Enter acts at once; Space acts on release and must not
    // scroll the page. Cancelling Enter keeps it from reaching the sheet.
    if (event.key === 'Enter') {
      event.preventDefault();
      open(event.currentTarget);
    } else if (event.key === ' ') {
      event.preventDefault();
    }
  }

  function handleKeyUp(event: KeyboardEvent<HTMLElement>) {
    if (event.key === ' ') open(event.currentTarget);
  }

  const isOpen = openedFrom !== null;
  return (
    <>
      <span
        role="button"
        tabIndex={0}
        className="glossary-term"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        aria-controls={isOpen ? sheetId : undefined}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onKeyUp={handleKeyUp}
      >
        {shownText ?? term.term}
      </span>
      {openedFrom ? (
        <GlossarySheet
          id={sheetId}
          term={term}
          termElement={openedFrom}
          hasGlossaryLink={hasGlossaryLink}
          onClose={() => setOpenedFrom(null)}
        />
      ) : null}
    </>
  );
}
