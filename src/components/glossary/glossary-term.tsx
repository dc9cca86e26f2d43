import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getGlossaryTerm } from '#src/content/journey.ts';

type GlossaryTermProps = {
  termId: string;
  shownText: string | undefined;
  /** Bedside mode explains terms in place and never leaves the session. */
  hasGlossaryLink?: boolean;
};

/**
 * A marked word in content text. Tapping, clicking or pressing Enter shows a
 * short definition right below the line (not a hover-only tooltip).
 */
export function GlossaryTerm({
  termId,
  shownText,
  hasGlossaryLink = true,
}: GlossaryTermProps) {
  const [isOpen, setIsOpen] = useState(false);
  const definitionId = useId();
  const term = getGlossaryTerm(termId);
  if (!term) return <>{shownText ?? termId}</>;
  return (
    <>
      <button
        type="button"
        className="glossary-term"
        aria-expanded={isOpen}
        aria-controls={definitionId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {shownText ?? term.term}
      </button>
      <span id={definitionId} className="glossary-definition" hidden={!isOpen}>
        <strong>{term.term}:</strong> {term.definition}
        {hasGlossaryLink ? (
          <>
            {' '}
            <Link to={paths.glossary.getHref(term.id)}>
              {t('glossary.moreInGlossary')}
            </Link>
          </>
        ) : null}
      </span>
    </>
  );
}
