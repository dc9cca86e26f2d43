import { useEffect, useRef, useState } from 'react';
import { t } from '#src/content/i18n.ts';
import { forgetDevice } from '#src/state/journey-store.ts';

/** Erases everything personal from this device, after a clear confirmation. */
export function ForgetDevice() {
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
      <p>{t('my-journey.forgetIntro')}</p>
      {isConfirming ? (
        <div
          className="confirm-box"
          role="group"
          aria-labelledby="forget-confirm-text"
        >
          <p id="forget-confirm-text">
            <strong>{t('my-journey.forgetConfirm')}</strong>
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
                setMessage(t('my-journey.forgetDone'));
              }}
            >
              {t('my-journey.forgetYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setIsConfirming(false)}
            >
              {t('my-journey.forgetNo')}
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
          {t('my-journey.forgetStart')}
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
