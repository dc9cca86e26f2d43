/**
 * Waits before each new try. Hospital Wi-Fi drops a request now and then;
 * a second or third try usually gets through, and a reader should not be
 * told the guide "could not load" for one lost file.
 */
export const RETRY_DELAYS_MS = [400, 1600];

/**
 * Runs `load`, and again after each delay while it fails; the last failure
 * is thrown. Browsers fetch a module again when an import is retried.
 */
export async function withRetries<T>(
  load: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (const delay of delays) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return load();
}
