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
      <p>
        A new version of this guide is ready. Your saved notes and progress
        stay.
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={applyUpdate}
      >
        Update and reload
      </button>
    </div>
  );
}
