import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { usePlainText } from '#src/components/content/prose.tsx';
import { t } from '#src/content/i18n.ts';
import type { ReadProblem } from '#src/state/journey-file.ts';
import { getMyJourney, importJourney } from '#src/state/journey-store.ts';
import { useMyJourney } from '#src/state/journey-hooks.ts';
import { mergeJourneys } from '#src/state/my-journey-merge.ts';
import type { MyJourney } from '#src/state/persisted-state.ts';
import { summariseJourney } from './journey-summary.ts';

/** Today as YYYY-MM-DD for the file name (no personal data in it). */
function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Why an imported file was refused, in the reader's words. */
function problemText(problem: ReadProblem, path: string | undefined) {
  if (problem === 'unreadable') return t('my-journey.transferUnreadable');
  return path
    ? t('my-journey.transferDamagedAt', { path })
    : t('my-journey.transferDamaged');
}

/** "… Nothing was changed." */
function refusal(reason: string) {
  return `${reason} ${t('my-journey.transferNothingChanged')}`;
}

/**
 * Download "my journey" as a file, and bring one back. The file is read and
 * checked on this device; nothing changes until the reader confirms.
 */
export function JourneyTransfer() {
  const plain = usePlainText();
  const mine = useMyJourney();
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
    link.download = t('my-journey.transferFileName', { date: today() });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage(t('my-journey.transferSaved'));
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
      setError(refusal(t('my-journey.transferTooLarge')));
      return;
    }
    const text = await chosen.text().catch(() => null);
    input.value = '';
    if (text === null) {
      setError(refusal(t('my-journey.transferUnopenable')));
      return;
    }
    const result = readJourneyFile(text);
    if (!result.ok) {
      setError(refusal(problemText(result.problem, result.path)));
      return;
    }
    setPending(result.journey);
  }

  function handleConfirm(mode: 'replace' | 'merge') {
    if (!pending) return;
    importJourney(
      mode === 'replace' ? pending : mergeJourneys(getMyJourney(), pending),
    );
    setPending(null);
    setMessage(
      mode === 'replace'
        ? t('my-journey.transferReplaced')
        : t('my-journey.transferMerged'),
    );
  }

  return (
    <div className="journey-transfer">
      <p>{t('my-journey.transferIntro')}</p>
      <button type="button" className="button" onClick={handleExport}>
        {t('my-journey.transferDownload')}
      </button>
      <div className="file-field">
        <label htmlFor="journey-file" className="field-label">
          {t('my-journey.transferFileLabel')}
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
            {t('my-journey.transferPreviewHeading')}
          </h3>
          <div className="compare">
            <div>
              <h4>{t('my-journey.transferInFile')}</h4>
              <ul>
                {summariseJourney(pending, plain).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4>{t('my-journey.transferOnDevice')}</h4>
              <ul>
                {summariseJourney(mine, plain).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          </div>
          <p>{t('my-journey.transferExplain')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => handleConfirm('replace')}
            >
              {t('my-journey.transferReplace')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => handleConfirm('merge')}
            >
              {t('my-journey.transferMerge')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPending(null);
                setMessage(t('my-journey.transferNothingChanged'));
              }}
            >
              {t('my-journey.transferCancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
