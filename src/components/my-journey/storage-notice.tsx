import {
  useHasUnreadableBackup,
  useStorageStatus,
} from '#src/state/journey-store.ts';

/** Says plainly when notes cannot be kept, or when old data was kept aside. */
export function StorageNotice() {
  const status = useStorageStatus();
  const hasBackup = useHasUnreadableBackup();
  return (
    <div role="alert" className="storage-alert">
      {status === 'unavailable' ? (
        <p className="storage-notice">
          This browser is not letting the app save anything, so your notes and
          choices will not be kept after you close this page. Everything else
          works.
        </p>
      ) : null}
      {status === 'full' ? (
        <p className="storage-notice">
          Your last change could not be saved: this device’s storage for the app
          is full. What you typed is still on screen. Copy it somewhere safe, or
          download “my journey”, before closing this page.
        </p>
      ) : null}
      {hasBackup ? (
        <p className="storage-notice">
          What was saved on this device before could not be read. We kept a copy
          of it aside on this device and started fresh. “Forget this device” on
          the My journey page removes it.
        </p>
      ) : null}
    </div>
  );
}
