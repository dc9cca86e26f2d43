/**
 * Reads a language's content file off the page's main thread: the file is
 * about 400 KB, and decoding and parsing it there held up the first page
 * (see journey-data.ts). Posts back `{ bundle }` or `{ error }`.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async ({ data: url }) => {
  try {
    const response = await fetch(url);
    scope.postMessage(
      response.ok
        ? { bundle: await response.json() }
        : { error: `Content file answered ${response.status}` },
    );
  } catch (error) {
    scope.postMessage({ error: String(error) });
  }
};
