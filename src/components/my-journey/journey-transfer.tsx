import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { usePlainText } from '#src/components/content/prose.tsx';
import {
  getMyJourney,
  useJourneyActions,
  useMyJourney,
  type MyJourney,
} from '#src/state/journey-store.ts';
import { summariseJourney } from './journey-summary.ts';

/** Today as YYYY-MM-DD for the file name (no personal data in it). */
function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Download "my journey" as a file, and bring one back. The file is read and
 * checked on this device; nothing changes until the reader confirms.
 */
export function JourneyTransfer() {
  const plain = usePlainText();
  const mine = useMyJourney();
  const { importJourney } = useJourneyActions();
  const [pending, setPending] = useState<MyJourney | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The choice appears below the file field: take the reader to it.
    if (pending) previewHeadingRef.current?.focus();
  }, [pending]);

  async function handleExport() {
    // The file code (and zod) loads only when needed.
    const { toJourneyFile } = await import('#src/state/journey-file.ts');
    const file = toJourneyFile(getMyJourney());
    const blob = new Blob([JSON.stringify(file, null, 2)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `my-journey-${today()}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage('The file was saved to your downloads.');
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    setError('');
    setMessage('');
    setPending(null);
    if (!chosen) return;
    const { MAX_FILE_BYTES, readJourneyFile } =
      await import('#src/state/journey-file.ts');
    if (chosen.size > MAX_FILE_BYTES) {
      input.value = '';
      setError(
        'This file is too large to be a “my journey” file. Nothing was changed.',
      );
      return;
    }
    const text = await chosen.text().catch(() => null);
    input.value = '';
    if (text === null) {
      setError('This file could not be opened. Nothing was changed.');
      return;
    }
    const result = readJourneyFile(text);
    if (!result.ok) {
      setError(`${result.reason} Nothing was changed.`);
      return;
    }
    setPending(result.journey);
  }

  function handleConfirm(mode: 'replace' | 'merge') {
    if (!pending) return;
    importJourney(pending, mode);
    setPending(null);
    setMessage(
      mode === 'replace'
        ? 'Your journey was replaced with the one from the file.'
        : 'The file was added to your journey.',
    );
  }

  return (
    <div className="journey-transfer">
      <p>
        Save your journey as a file to keep a copy, or to move it to another
        device. The file holds your notes, so keep it somewhere private.
      </p>
      <button type="button" className="button" onClick={handleExport}>
        Download my journey
      </button>
      <div className="file-field">
        <label htmlFor="journey-file" className="field-label">
          Bring back a saved journey file
        </label>
        <input
          id="journey-file"
          type="file"
          accept="application/json,.json"
          onChange={handleFile}
        />
      </div>
      <div role="alert">
        {error ? <p className="error-message">{error}</p> : null}
      </div>
      <p role="status">{message}</p>
      {pending ? (
        <section className="import-preview" aria-labelledby="import-title">
          <h3 id="import-title" ref={previewHeadingRef} tabIndex={-1}>
            Check before anything changes
          </h3>
          <div className="compare">
            <div>
              <h4>In the file</h4>
              <ul>
                {summariseJourney(pending, plain).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4>On this device now</h4>
              <ul>
                {summariseJourney(mine, plain).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          </div>
          <p>
            “Replace” puts the file’s journey in place of what is on this
            device. “Merge” keeps both: your notes and questions stay and the
            file’s are added.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => handleConfirm('replace')}
            >
              Replace with the file
            </button>
            <button
              type="button"
              className="button"
              onClick={() => handleConfirm('merge')}
            >
              Merge: keep both
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPending(null);
                setMessage('Nothing was changed.');
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
