import { m } from 'framer-motion';
import type { ReactNode } from 'react';
import { t } from '#src/content/i18n.ts';
import { useModalDialog } from '#src/hooks/use-modal-dialog.ts';
import { LazyMotion } from '#src/components/ui/lazy-motion.tsx';
import { isMotionReduced } from '#src/state/journey-store.ts';

type PanelDialogProps = {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal side sheet built on <dialog>: the browser keeps focus inside and
 * closes it on Escape; focus goes back to what opened it.
 */
export function PanelDialog({
  labelledBy,
  onClose,
  children,
}: PanelDialogProps) {
  const dialogRef = useModalDialog(onClose);

  return (
    // Clicking the backdrop is a mouse shortcut; keyboards close with Escape
    // or the Close button, so no key handler is needed here.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className="panel-dialog"
      aria-labelledby={labelledBy}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself) closes the sheet.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <LazyMotion>
        <m.div
          className="panel-sheet"
          // Read as the sheet opens, so the in-app switch applies at once.
          initial={isMotionReduced() ? false : { x: 40, opacity: 0.6 }}
          animate={{ x: 0, opacity: 1 }}
          transition={{ duration: 0.2, ease: 'easeOut' }}
        >
          <button
            type="button"
            className="button panel-close"
            aria-label={t('panels.closeLabel')}
            onClick={onClose}
          >
            {t('panels.close')}
          </button>
          {children}
        </m.div>
      </LazyMotion>
    </dialog>
  );
}
