import { useEffect, useId, useRef } from 'react';
import { useLocation } from 'react-router';
import { t } from '#src/content/i18n.ts';
import {
  getSpeechState,
  pauseReading,
  resumeReading,
  startReading,
  stopReading,
  subscribeSpeech,
  useHasVoice,
  useSpeechState,
} from './speech.ts';

type ListenControlsProps = {
  /** The text to read, as blocks in reading order, found from the controls. */
  read: (controls: Element) => string[];
};

const MAIN_LABELS = {
  idle: 'listen.listen',
  speaking: 'listen.pause',
  paused: 'listen.resume',
} as const;

/**
 * Listen, then Pause (Resume) and Stop: reads the page aloud with the
 * device's own voice. Shows nothing until the device has a voice for the
 * page's language, so it is never offered where it cannot work.
 */
export function ListenControls({ read }: ListenControlsProps) {
  const hasVoice = useHasVoice();
  const owner = useId();
  const state = useSpeechState(owner);
  const { pathname } = useLocation();
  const groupRef = useRef<HTMLSpanElement>(null);
  const mainRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);

  // Reading stops when the page changes or these controls go.
  useEffect(() => () => stopReading(owner), [owner, pathname]);
  useEffect(() => {
    if (!hasVoice) stopReading(owner);
  }, [hasVoice, owner]);
  // Stop goes away when a reading ends: focus moves to the first button
  // before it does, so a keyboard user is never left on nothing.
  useEffect(
    () =>
      subscribeSpeech(() => {
        const stop = stopRef.current;
        const isOnStop = stop !== null && document.activeElement === stop;
        if (isOnStop && getSpeechState(owner) === 'idle')
          mainRef.current?.focus();
      }),
    [owner],
  );

  if (!hasVoice) return null;

  function handleMain() {
    if (state === 'speaking') pauseReading(owner);
    else if (state === 'paused') resumeReading(owner);
    else if (groupRef.current) startReading(owner, read(groupRef.current));
  }

  // The labels change in place; the change itself tells a screen reader,
  // and a live announcement would talk over the reading.
  return (
    <span
      ref={groupRef}
      className="listen"
      role="group"
      aria-label={t('listen.label')}
      data-state={state}
    >
      <button
        ref={mainRef}
        type="button"
        className="button"
        onClick={handleMain}
      >
        <ListenIcon
          shape={
            state === 'idle'
              ? 'listen'
              : state === 'speaking'
                ? 'pause'
                : 'resume'
          }
        />
        <span className="listen-label">{t(MAIN_LABELS[state])}</span>
      </button>
      {state === 'idle' ? null : (
        <button
          ref={stopRef}
          type="button"
          className="button"
          onClick={() => {
            // Stop is about to go. Safari does not focus a tapped button,
            // so focus is moved here, not left to the end of the reading.
            mainRef.current?.focus();
            stopReading(owner);
          }}
        >
          <ListenIcon shape="stop" />
          <span className="listen-label">{t('listen.stop')}</span>
        </button>
      )}
    </span>
  );
}

const ICON_PATHS = {
  listen: (
    <>
      <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </>
  ),
  pause: <path d="M6 5h4v14H6zM14 5h4v14h-4z" fill="currentColor" />,
  resume: <path d="M7 4.5v15L19.5 12z" fill="currentColor" />,
  stop: <path d="M6 6h12v12H6z" fill="currentColor" />,
};

/** The usual media-control shapes; where the words do not fit, they stand
 * alone (the words are then still there for screen readers). */
function ListenIcon({ shape }: { shape: keyof typeof ICON_PATHS }) {
  return (
    <svg
      className="listen-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {ICON_PATHS[shape]}
    </svg>
  );
}
