import { expect, test } from 'vitest';
import { voice as stubVoice, type StubVoice } from '#tests/speech-stub.ts';
import { pickVoice } from './speech.ts';

// The stub voice the Listen tests share, typed as the browser's.
const voice = (lang: string, more: Partial<StubVoice> = {}) =>
  stubVoice(lang, more) as SpeechSynthesisVoice;

const SPANISH = { code: 'es', intl: 'es-US' };

test('the voice of the page language and region comes first', () => {
  const chosen = pickVoice(
    [voice('en-US'), voice('es-ES'), voice('es-US'), voice('es-MX')],
    SPANISH,
  );
  expect(chosen?.lang).toBe('es-US');
});

test('without the region, the device default voice of the language is used', () => {
  const chosen = pickVoice(
    [
      voice('es-ES'),
      voice('es-MX', { default: true }),
      voice('en-US', { default: true }),
    ],
    SPANISH,
  );
  expect(chosen?.lang).toBe('es-MX');
});

test('a voice tagged with an underscore (some Android versions) still counts', () => {
  expect(pickVoice([voice('es_US')], SPANISH)?.lang).toBe('es_US');
});

test('a voice that would send the text to a server is never used', () => {
  expect(
    pickVoice(
      [voice('es-US', { localService: false, default: true })],
      SPANISH,
    ),
  ).toBeUndefined();
});

test('no voice of the language means no voice, not another language', () => {
  expect(pickVoice([voice('en-US'), voice('eu-ES')], SPANISH)).toBeUndefined();
});
