import { useId, useState, type ReactNode } from 'react';

type DisclosureProps = {
  title: string;
  isInitiallyOpen?: boolean;
  tone?: 'default' | 'urgent';
  /** Build the content only once opened (for long, rarely opened lists). */
  isRenderedWhenOpened?: boolean;
  children: ReactNode;
};

/** A section heading that shows or hides its content (WAI-ARIA disclosure). */
export function Disclosure({
  title,
  isInitiallyOpen = false,
  tone = 'default',
  isRenderedWhenOpened = false,
  children,
}: DisclosureProps) {
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const [hasOpened, setHasOpened] = useState(isInitiallyOpen);
  if (isOpen && !hasOpened) setHasOpened(true);
  const panelId = useId();
  return (
    <section className={`disclosure disclosure-${tone}`}>
      <h2 className="disclosure-heading">
        <button
          type="button"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((open) => !open)}
        >
          <span className="disclosure-icon" aria-hidden="true">
            {isOpen ? '−' : '+'}
          </span>
          {title}
        </button>
      </h2>
      <div id={panelId} className="disclosure-panel" hidden={!isOpen}>
        {isRenderedWhenOpened && !hasOpened ? null : children}
      </div>
    </section>
  );
}
