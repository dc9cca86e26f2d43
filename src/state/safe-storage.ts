/**
 * Where the store saves: localStorage when the browser allows it. Otherwise
 * nothing is kept, the app still works and the UI says so. Nothing here
 * ever logs saved data.
 */
import type { PersistStorage } from 'zustand/middleware';
import {
  BACKUP_KEY_PREFIX,
  isRecord,
  STORAGE_KEY,
  type PersistedState,
} from './persisted-state.ts';

/**
 * ok: saved on this device. unavailable: the browser refuses storage
 * (private browsing, disabled). full: the last save failed for lack of room.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** How saving went, for the UI to tell the reader. */
export type StorageReport = {
  storageStatus?: StorageStatus;
  /** Saved data could not be read this visit and was kept aside. */
  hasUnreadableBackup?: boolean;
};

function getLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Some browsers throw just for looking (storage disabled).
    return null;
  }
}

function isQuotaError(error: unknown) {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.code === 22)
  );
}

/** Whether this browser lets the app save, tried once at start. */
export function probeStorage(): StorageStatus {
  // The build-time prerender has no storage; it renders what a first-time
  // visitor sees, whose browser (almost always) can save.
  if (typeof window === 'undefined') return 'ok';
  const storage = getLocalStorage();
  if (!storage) return 'unavailable';
  const probe = `${STORAGE_KEY}-probe`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/**
 * The persist middleware's storage. Unreadable saved data is copied aside
 * under a backup key, never wiped; `report` hears how each save went.
 */
export function createSafeStorage(
  report: (change: StorageReport) => void,
): PersistStorage<PersistedState> {
  return {
    getItem: (name) => {
      const storage = getLocalStorage();
      if (!storage) return null;
      const raw = storage.getItem(name);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isRecord(parsed) && isRecord(parsed.state)) {
          return {
            state: parsed.state as PersistedState,
            version: typeof parsed.version === 'number' ? parsed.version : 0,
          };
        }
      } catch {
        // Falls through to the backup below.
      }
      try {
        storage.setItem(`${BACKUP_KEY_PREFIX}${new Date().toISOString()}`, raw);
      } catch {
        // No room for a copy: leave the original where it is.
        return null;
      }
      // Kept aside once: a reload must not copy it again.
      storage.removeItem(name);
      report({ hasUnreadableBackup: true });
      return null;
    },
    setItem: (name, value) => {
      const storage = getLocalStorage();
      if (!storage) {
        report({ storageStatus: 'unavailable' });
        return;
      }
      try {
        storage.setItem(name, JSON.stringify(value));
        report({ storageStatus: 'ok' });
      } catch (error) {
        report({
          storageStatus: isQuotaError(error) ? 'full' : 'unavailable',
        });
      }
    },
    removeItem: (name) => {
      try {
        window.localStorage.removeItem(name);
      } catch {
        // Nothing was kept, so nothing to remove.
      }
    },
  };
}

/** Removes everything the app saved on this device, backups included. */
export function eraseSavedData() {
  try {
    const storage = window.localStorage;
    for (const key of Object.keys(storage)) {
      if (key === STORAGE_KEY || key.startsWith(BACKUP_KEY_PREFIX)) {
        storage.removeItem(key);
      }
    }
  } catch {
    // Storage refused: nothing was kept on this device.
  }
}
