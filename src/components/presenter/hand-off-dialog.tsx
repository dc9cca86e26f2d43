import { lazy, Suspense } from 'react';
import { t } from '#src/content/i18n.ts';
import { useModalDialog } from '#src/hooks/use-modal-dialog.ts';

// The QR encoder loads only when a nurse asks for it.
const QrCode = lazy(async () => ({
  default: (await import('./qr-code.tsx')).QrCode,
}));

type HandOffDialogProps = { url: string; onClose: () => void };

/** "Show on your phone": the same step as a QR code and as a short link. */
export function HandOffDialog({ url, onClose }: HandOffDialogProps) {
  const dialogRef = useModalDialog(onClose);
  const shortText = url.replace(/^https?:\/\//, '');
  return (
    <dialog
      ref={dialogRef}
      className="presenter-dialog"
      aria-labelledby="hand-off-title"
    >
      <h2 id="hand-off-title">{t('presenter.handOffTitle')}</h2>
      <p>{t('presenter.handOffText')}</p>
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
