import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getGlossaryTerm, journey, textFor } from '#src/content/journey.ts';
import { listGlossaryMarks } from '#src/content/markup.ts';
// The step page loads on demand; loaded up front here, it opens without a
// wait in the first test.
import '#src/app/routes/step-route.tsx';
import { SECTION_TITLES } from '#src/components/step/step-sections.tsx';
import { renderRoute } from '#tests/render-route.tsx';
import {
  ENGLISH_VOICES,
  blocksOf,
  stepToRead,
  stubSpeech,
} from '#tests/speech-stub.ts';

// Each test renders whole pages in jsdom (a step, then the next one), which
// takes several seconds on a busy machine; this is a ceiling, not a wait.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const plainTitle = blocksOf(stepToRead.title)[0]!;

test('Listen on a step reads its title, summary and open sections in the page language', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(stepToRead.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));

  const [first] = speech.spoken;
  expect(first?.lang).toBe('en-US');
  expect(first?.voice?.name).toBe('Device US English');
  const read = speech.finishAll();
  const opened = [
    ...blocksOf(stepToRead.title),
    ...blocksOf(stepToRead.summary),
    SECTION_TITLES.whatHappens,
    ...blocksOf(stepToRead.sections.whatHappens),
    ...(stepToRead.sections.why
      ? [SECTION_TITLES.why, ...blocksOf(stepToRead.sections.why)]
      : []),
  ];
  expect(read.slice(0, opened.length)).toEqual(opened);
  expect(read).toContain(SECTION_TITLES.whenToCall);
  // A closed section, a definition and the controls' own labels are not read.
  const all = read.join(' ');
  expect(all).not.toContain(SECTION_TITLES.howLong);
  for (const mark of listGlossaryMarks(
    textFor(stepToRead.sections.whatHappens, DEFAULT_AUDIENCE),
  ))
    expect(all).not.toContain(getGlossaryTerm(mark.termId)!.definition);
  expect(read).not.toContain(t('listen.listen'));
  expect(await screen.findByRole('button', { name: 'Listen' })).toBeVisible();
});

test('Pause, Resume and Stop control the speech and change the button labels', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(stepToRead.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));
  expect(speech.synth.speak).toHaveBeenCalledTimes(1);

  await user.click(screen.getByRole('button', { name: 'Pause' }));
  expect(speech.synth.pause).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole('button', { name: 'Resume' }));
  expect(speech.synth.resume).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();

  const cancelsBefore = speech.synth.cancel.mock.calls.length;
  await user.click(screen.getByRole('button', { name: 'Stop' }));
  expect(speech.synth.cancel).toHaveBeenCalledTimes(cancelsBefore + 1);
  expect(
    screen.queryByRole('button', { name: 'Stop' }),
  ).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Listen' })).toHaveFocus();
});

test('the controls are one labelled group, and focus stays there when a reading ends', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(stepToRead.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));
  const group = screen.getByRole('group', { name: t('listen.label') });
  await user.tab();
  expect(within(group).getByRole('button', { name: 'Stop' })).toHaveFocus();

  speech.finishAll();
  expect(within(group).getByRole('button', { name: 'Listen' })).toHaveFocus();
});

test('a pause that ends the utterance (as on Android) resumes from the same block', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(stepToRead.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));
  act(() => speech.spoken[0]!.onend?.());
  await user.click(screen.getByRole('button', { name: 'Pause' }));
  act(() => speech.spoken[1]!.onerror?.());
  await user.click(screen.getByRole('button', { name: 'Resume' }));

  expect(speech.spoken.map((utterance) => utterance.text)).toEqual([
    plainTitle,
    blocksOf(stepToRead.summary)[0],
    blocksOf(stepToRead.summary)[0],
  ]);
});

test('moving to the next step stops the reading', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  const [first, second] = journey.steps;
  renderRoute(paths.step.getHref(first!.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));
  const cancelsBefore = speech.synth.cancel.mock.calls.length;
  await user.click(screen.getByRole('link', { name: /^Next/ }));

  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: blocksOf(second!.title)[0],
    }),
  ).toBeVisible();
  expect(speech.synth.cancel.mock.calls.length).toBeGreaterThan(cancelsBefore);
  expect(screen.getByRole('button', { name: 'Listen' })).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Stop' }),
  ).not.toBeInTheDocument();
});
