import { t } from '#src/content/i18n.ts';
import {
  useHasUnreadableBackup,
  useStorageStatus,
} from '#src/state/journey-hooks.ts';

/** Says plainly when notes cannot be kept, or when old data was kept aside. */
export function StorageNotice() {
  const status = useStorageStatus();
  const hasBackup = useHasUnreadableBackup();
  return (
    <div role="alert" className="storage-alert">
      {status === 'unavailable' ? (
        <p className="storage-notice">{t('my-journey.storageUnavailable')}</p>
      ) : null}
      {status === 'full' ? (
        <p className="storage-notice">{t('my-journey.storageFull')}</p>
      ) : null}
      {hasBackup ? (
        <p className="storage-notice">{t('my-journey.storageBackup')}</p>
      ) : null}
    </div>
  );
}
