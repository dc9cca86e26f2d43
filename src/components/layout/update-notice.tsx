import { t } from '#src/content/i18n.ts';
import { useServiceWorkerUpdate } from '#src/hooks/use-service-worker-update.ts';

/**
 * "Update available — reload". Reloading keeps everything the reader saved:
 * it lives in this device's storage, not in the page.
 */
export function UpdateNotice() {
  const applyUpdate = useServiceWorkerUpdate();
  if (!applyUpdate) return null;
  return (
    <div className="update-notice" role="status">
      <p>{t('layout.updateReady')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={applyUpdate}
      >
        {t('layout.updateButton')}
      </button>
    </div>
  );
}
