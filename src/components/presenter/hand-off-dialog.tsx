import { lazy, Suspense } from 'react';
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
      <h2 id="hand-off-title">Show on your phone</h2>
      <p>
        Point your phone camera at the code to open this step in the guide. The
        link holds only the step and the situation chosen, nothing personal.
      </p>
      <div className="qr-frame">
        <Suspense fallback={<p>Making the code…</p>}>
          <QrCode text={url} label={`QR code for ${shortText}`} />
        </Suspense>
      </div>
      <p>
        Or type this address:
        <br />
        <output className="hand-off-link">{shortText}</output>
      </p>
      <button type="button" className="button button-primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
