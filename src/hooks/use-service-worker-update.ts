import { useEffect, useState } from 'react';

/**
 * Registers the service worker that keeps the app working offline, and
 * returns a function to apply a new version once one is ready (else null).
 * Hand-written instead of workbox-window to keep it out of the first load.
 */
export function useServiceWorkerUpdate() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let isReloading = false;
    function handleControllerChange() {
      // The new version took over because the reader chose to update.
      if (isReloading) return;
      isReloading = true;
      window.location.reload();
    }
    function offer(worker: ServiceWorker) {
      setApplyUpdate(() => () => worker.postMessage({ type: 'SKIP_WAITING' }));
    }
    /** Offers a new version once it has installed and waits to take over. */
    function watch(worker: ServiceWorker) {
      worker.addEventListener('statechange', () => {
        // With no controller yet this is the first install, not an update.
        if (worker.state === 'installed' && container.controller) offer(worker);
      });
    }
    container.addEventListener('controllerchange', handleControllerChange);
    container
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        // A version already waiting from an earlier visit.
        if (registration.waiting && container.controller)
          offer(registration.waiting);
        // One the browser found while the page loaded, before this listened.
        if (registration.installing) watch(registration.installing);
        registration.addEventListener('updatefound', () => {
          if (registration.installing) watch(registration.installing);
        });
      })
      .catch((error: unknown) => {
        // Offline support is a bonus; the app works without it.
        console.warn('Service worker not registered', error);
      });
    return () =>
      container.removeEventListener('controllerchange', handleControllerChange);
  }, []);

  return applyUpdate;
}
