import { screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { paths } from '#src/app/paths.ts';
// The step page loads on demand; loaded up front here, it opens without a
// wait in the first test.
import '#src/app/routes/step-route.tsx';
import { renderRoute } from '#tests/render-route.tsx';
import { blocksOf, stepToRead, stubSpeech, voice } from '#tests/speech-stub.ts';

// Each test renders whole pages in jsdom (a step, then the next one), which
// takes several seconds on a busy machine; this is a ceiling, not a wait.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const plainTitle = blocksOf(stepToRead.title)[0]!;

test('Listen is absent when the device has no voice of its own for the page language', async () => {
  stubSpeech([
    voice('es-ES'),
    voice('en-US', { name: 'Remote US English', localService: false }),
  ]);
  renderRoute(paths.step.getHref(stepToRead.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();
});

test('Listen is absent when the browser has no speech', async () => {
  renderRoute(paths.step.getHref(stepToRead.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();
});

test('Listen appears when the voices arrive after the page', async () => {
  const speech = stubSpeech([]);
  renderRoute(paths.step.getHref(stepToRead.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();

  speech.setVoices([voice('en_US')]);
  expect(await screen.findByRole('button', { name: 'Listen' })).toBeVisible();
});
