import { useEffect, useRef, useState } from 'react';
import { useJourneyActions } from '#src/state/journey-store.ts';

/** Erases everything personal from this device, after a clear confirmation. */
export function ForgetDevice() {
  const { forgetDevice } = useJourneyActions();
  const [isConfirming, setIsConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Back to the start button once the question is answered.
    if (wasConfirming.current && !isConfirming) startRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);
  return (
    <div className="forget-device">
      <p>
        On a shared device, this removes your situation, notes, questions,
        reading progress and settings from this browser. It cannot be undone;
        download your journey first if you want a copy.
      </p>
      {isConfirming ? (
        <div
          className="confirm-box"
          role="group"
          aria-labelledby="forget-confirm-text"
        >
          <p id="forget-confirm-text">
            <strong>Erase everything this app saved on this device?</strong>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              // Focus moves here so keyboard users land on the choice.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              onClick={() => {
                forgetDevice();
                setIsConfirming(false);
                setMessage('Everything was erased from this device.');
              }}
            >
              Yes, erase everything
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setIsConfirming(false)}
            >
              No, keep it
            </button>
          </div>
        </div>
      ) : null}
      {isConfirming ? null : (
        <button
          ref={startRef}
          type="button"
          className="button button-danger"
          onClick={() => {
            setMessage('');
            setIsConfirming(true);
          }}
        >
          Forget this device
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
