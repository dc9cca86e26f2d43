/**
 * A stand-in for the browser's speech engine (jsdom has none), and the
 * content text as Listen reads it, for the Listen tests.
 */
import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { getGlossaryTerm, journey, textFor } from '#src/content/journey.ts';
import {
  listGlossaryMarks,
  parseBlocks,
  toPlainText,
} from '#src/content/markup.ts';
import type { AudienceText } from '#src/content/schema.ts';

export type StubVoice = Pick<
  SpeechSynthesisVoice,
  'name' | 'lang' | 'localService' | 'default' | 'voiceURI'
>;

export function voice(lang: string, more: Partial<StubVoice> = {}): StubVoice {
  const name = more.name ?? `Voice ${lang}`;
  return {
    name,
    lang,
    localService: true,
    default: false,
    voiceURI: name,
    ...more,
  };
}

/** Stands in for SpeechSynthesisUtterance; jsdom has no speech. */
class StubUtterance {
  text: string;
  lang = '';
  voice: StubVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text = '') {
    this.text = text;
  }
}

/** A browser speech engine that records what it is asked to do. */
export function stubSpeech(initialVoices: StubVoice[]) {
  let voices = initialVoices;
  const onVoicesChanged = new Set<() => void>();
  const spoken: StubUtterance[] = [];
  const synth = {
    speaking: false,
    paused: false,
    speak: vi.fn((utterance: StubUtterance) => {
      spoken.push(utterance);
      synth.speaking = true;
    }),
    pause: vi.fn(() => {
      synth.paused = true;
    }),
    resume: vi.fn(() => {
      synth.paused = false;
    }),
    cancel: vi.fn(() => {
      synth.speaking = false;
    }),
    getVoices: vi.fn(() => voices),
    addEventListener: vi.fn((_type: string, listener: () => void) => {
      onVoicesChanged.add(listener);
    }),
    removeEventListener: vi.fn((_type: string, listener: () => void) => {
      onVoicesChanged.delete(listener);
    }),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', StubUtterance);
  return {
    synth,
    spoken,
    /** Voices arrive late, as in Chrome. */
    setVoices(next: StubVoice[]) {
      voices = next;
      act(() => onVoicesChanged.forEach((listener) => listener()));
    },
    /** Lets the engine finish each utterance in turn; returns every text. */
    finishAll() {
      act(() => {
        for (let done = 0; done < spoken.length; done++)
          spoken[done]!.onend?.();
      });
      return spoken.map((utterance) => utterance.text);
    },
  };
}

const termName = (termId: string) => getGlossaryTerm(termId)?.term ?? termId;

/** Content text as it is read: a block per paragraph and list item. */
export function blocksOf(text: AudienceText) {
  return parseBlocks(textFor(text, DEFAULT_AUDIENCE)).flatMap((block) =>
    (block.kind === 'paragraph' ? [block.text] : block.items).map((line) =>
      toPlainText(line, termName),
    ),
  );
}

export const ENGLISH_VOICES = [
  // Would send the text away: never used, even as the default.
  voice('en-US', {
    name: 'Remote US English',
    localService: false,
    default: true,
  }),
  voice('en-GB'),
  voice('en-US', { name: 'Device US English' }),
  voice('es-US'),
];

/** A step with a glossary word in its first section and a closed section. */
export const stepToRead = journey.steps.find(
  (item) =>
    item.sections.howLong !== undefined &&
    listGlossaryMarks(textFor(item.sections.whatHappens, DEFAULT_AUDIENCE))
      .length > 0,
)!;
