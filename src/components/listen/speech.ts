import { useSyncExternalStore } from 'react';
import { currentLocale } from '#src/content/i18n.ts';
import type { Locale } from '#src/content/schema.ts';

export type SpeechState = 'idle' | 'speaking' | 'paused';

/** The browser's speech, when it has one (never on the server). */
function getSynth(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined') return undefined;
  if (typeof SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis ?? undefined;
}

function speaksLanguage(voice: SpeechSynthesisVoice, code: string) {
  // Some Android versions write "es_US".
  const tag = voice.lang.replace(/_/g, '-').toLowerCase();
  return tag === code || tag.startsWith(`${code}-`);
}

/**
 * The voice to read a page in: one of the device's own voices for the page's
 * language, its exact regional variant first, then the device's default.
 * Voices that are not local would send the text to a server, so they are
 * never used, even when they are the only ones.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  locale: Pick<Locale, 'code' | 'intl'>,
): SpeechSynthesisVoice | undefined {
  const intl = locale.intl.toLowerCase();
  const usable = voices.filter(
    (voice) => voice.localService && speaksLanguage(voice, locale.code),
  );
  return (
    usable.find(
      (voice) => voice.lang.replace(/_/g, '-').toLowerCase() === intl,
    ) ??
    usable.find((voice) => voice.default) ??
    usable[0]
  );
}

function findVoice() {
  const synth = getSynth();
  return synth ? pickVoice(synth.getVoices(), currentLocale) : undefined;
}

function subscribeVoices(onChange: () => void) {
  const synth = getSynth();
  // Chrome lists its voices a moment after the first getVoices() call.
  synth?.addEventListener?.('voiceschanged', onChange);
  return () => synth?.removeEventListener?.('voiceschanged', onChange);
}

/** True once the device has a voice for the page's language. */
export function useHasVoice() {
  return useSyncExternalStore(
    subscribeVoices,
    () => findVoice() !== undefined,
    () => false,
  );
}

/**
 * One reading at a time for the whole page, read a block (a heading, a
 * paragraph, a list item) per utterance: short utterances pause between
 * blocks as a reader would, and a cut-short one is cheap to say again.
 */
type Reading = {
  owner: string;
  blocks: readonly string[];
  index: number;
  isPaused: boolean;
  /** Android's pause() ends the utterance instead of pausing it. */
  isCutShort: boolean;
  utterance: SpeechSynthesisUtterance | undefined;
};

let reading: Reading | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function subscribeSpeech(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** What the reading started by `owner` is doing ('idle' if another reads). */
export function getSpeechState(owner: string): SpeechState {
  if (reading?.owner !== owner) return 'idle';
  return reading.isPaused ? 'paused' : 'speaking';
}

export function useSpeechState(owner: string) {
  return useSyncExternalStore(
    subscribeSpeech,
    () => getSpeechState(owner),
    () => 'idle' as const,
  );
}

function speakBlock(current: Reading) {
  const synth = getSynth();
  if (!synth) return;
  const utterance = new SpeechSynthesisUtterance(current.blocks[current.index]);
  utterance.lang = currentLocale.intl;
  const voice = findVoice();
  if (voice) utterance.voice = voice;
  utterance.onend = () => afterBlock(utterance);
  utterance.onerror = () => afterBlock(utterance);
  // Held here too: Chrome drops the events of an utterance nothing holds.
  current.utterance = utterance;
  synth.speak(utterance);
}

function afterBlock(utterance: SpeechSynthesisUtterance) {
  const current = reading;
  // The end of a reading that was stopped or replaced.
  if (!current || current.utterance !== utterance) return;
  if (current.isPaused) {
    current.isCutShort = true;
    return;
  }
  if (current.index + 1 >= current.blocks.length) {
    reading = undefined;
    notify();
    return;
  }
  current.index += 1;
  speakBlock(current);
}

/** Reads `blocks` aloud, ending any other reading on the page first. */
export function startReading(owner: string, blocks: readonly string[]) {
  const synth = getSynth();
  const spoken = blocks.map((block) => block.trim()).filter(Boolean);
  if (!synth || spoken.length === 0) return;
  // Forgotten before cancel(), whose events may come at once.
  reading = undefined;
  synth.cancel();
  // A paused queue stays paused for new utterances in Chrome.
  if (synth.paused) synth.resume();
  reading = {
    owner,
    blocks: spoken,
    index: 0,
    isPaused: false,
    isCutShort: false,
    utterance: undefined,
  };
  speakBlock(reading);
  notify();
}

export function pauseReading(owner: string) {
  const current = reading;
  if (current?.owner !== owner || current.isPaused) return;
  current.isPaused = true;
  getSynth()?.pause();
  notify();
}

export function resumeReading(owner: string) {
  const current = reading;
  if (current?.owner !== owner || !current.isPaused) return;
  current.isPaused = false;
  getSynth()?.resume();
  if (current.isCutShort) {
    current.isCutShort = false;
    speakBlock(current);
  }
  notify();
}

export function stopReading(owner: string) {
  if (reading?.owner !== owner) return;
  reading = undefined;
  notify();
  getSynth()?.cancel();
}
