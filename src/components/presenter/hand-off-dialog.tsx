import { lazy, Suspense } from 'react';
import { t } from '#src/content/i18n.ts';
import { useModalDialog } from '#src/hooks/use-modal-dialog.ts';
import type { HandOffLink } from './hand-off-link.ts';

// The QR encoder loads only when a nurse asks for it.
const QrCode = lazy(async () => ({
  default: (await import('./qr-code.tsx')).QrCode,
}));

type HandOffDialogProps = { link: HandOffLink; onClose: () => void };

/**
 * "Show on your phone": the session's recap (or the topic on screen) as a
 * QR code and as a link to type.
 */
export function HandOffDialog({ link, onClose }: HandOffDialogProps) {
  const dialogRef = useModalDialog(onClose);
  const { url } = link;
  const shortText = url.replace(/^https?:\/\//, '');
  return (
    <dialog
      ref={dialogRef}
      className="presenter-dialog"
      aria-labelledby="hand-off-title"
    >
      <h2 id="hand-off-title">{t('presenter.handOffTitle')}</h2>
      <p>
        {link.kind === 'recap'
          ? t('presenter.handOffRecapText')
          : t('presenter.handOffText')}
      </p>
      <div className="qr-frame">
        <Suspense fallback={<p>{t('presenter.qrLoading')}</p>}>
          <QrCode
            text={url}
            label={t('presenter.qrLabel', { address: shortText })}
          />
        </Suspense>
      </div>
      <p>
        {t('presenter.typeAddress')}
        <br />
        <output className="hand-off-link">{shortText}</output>
      </p>
      <button type="button" className="button button-primary" onClick={onClose}>
        {t('presenter.close')}
      </button>
    </dialog>
  );
}
