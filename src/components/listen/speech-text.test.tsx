import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getMedicine, journey } from '#src/content/journey.ts';
import { panelSearch } from '#src/components/panels/panel-ref.ts';
// The pages and the panel load on demand; loaded up front here, they open
// without a wait in the first test.
import '#src/app/routes/care-route.tsx';
import '#src/app/routes/step-route.tsx';
import '#src/components/panels/detail-panel-host.tsx';
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

test('a detail panel reads its heading and text, not its sources or Close', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  const medicine = getMedicine(
    stepToRead.medicineIds[0] ?? journey.medicines[0]!.id,
  )!;
  renderRoute(
    `${paths.step.getHref(stepToRead.id)}${panelSearch({ kind: 'medicine', id: medicine.id })}`,
  );
  // The first page of this file also loads the lazy panel code: allow for it.
  const panel = await screen.findByRole(
    'dialog',
    { name: medicine.name },
    { timeout: 10_000 },
  );
  await user.click(within(panel).getByRole('button', { name: 'Listen' }));

  const read = speech.finishAll();
  const heading = read.indexOf(medicine.name);
  expect(heading).toBeGreaterThanOrEqual(0);
  expect(
    read.slice(heading + 1, heading + 2 + blocksOf(medicine.what).length),
  ).toEqual([t('panels.whatItIs'), ...blocksOf(medicine.what)]);
  expect(read).not.toContain(t('panels.sources'));
  expect(read).not.toContain(t('panels.close'));
});

test('a care topic reads its title, summary and text, and nothing else', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  const topic = journey.careTopics[0]!;
  renderRoute(paths.careTopic.getHref(topic.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));

  expect(speech.finishAll()).toEqual([
    ...blocksOf(topic.title),
    ...blocksOf(topic.summary),
    ...blocksOf(topic.body),
  ]);
});
