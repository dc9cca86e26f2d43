import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import {
  getGlossaryTerm,
  getMedicine,
  journey,
  textFor,
} from '#src/content/journey.ts';
import {
  listGlossaryMarks,
  parseBlocks,
  toPlainText,
} from '#src/content/markup.ts';
import type { AudienceText } from '#src/content/schema.ts';
import { panelSearch } from '#src/components/panels/panel-ref.ts';
// The pages and the panel load on demand; loaded up front here, they open
// without a wait in the first test.
import '#src/app/routes/care-route.tsx';
import '#src/app/routes/step-route.tsx';
import '#src/components/panels/detail-panel-host.tsx';
import { SECTION_TITLES } from '#src/components/step/step-sections.tsx';
import { renderRoute } from '#tests/render-route.tsx';

type StubVoice = Pick<
  SpeechSynthesisVoice,
  'name' | 'lang' | 'localService' | 'default' | 'voiceURI'
>;

function voice(lang: string, more: Partial<StubVoice> = {}): StubVoice {
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
function stubSpeech(initialVoices: StubVoice[]) {
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

// Each test renders whole pages in jsdom (a step, then the next one), which
// takes several seconds on a busy machine; this is a ceiling, not a wait.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const termName = (termId: string) => getGlossaryTerm(termId)?.term ?? termId;

/** Content text as it is read: a block per paragraph and list item. */
function blocksOf(text: AudienceText) {
  return parseBlocks(textFor(text, DEFAULT_AUDIENCE)).flatMap((block) =>
    (block.kind === 'paragraph' ? [block.text] : block.items).map((line) =>
      toPlainText(line, termName),
    ),
  );
}

const ENGLISH_VOICES = [
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

// A step with a glossary word in its first section and a closed section.
const step = journey.steps.find(
  (item) =>
    item.sections.howLong !== undefined &&
    listGlossaryMarks(textFor(item.sections.whatHappens, DEFAULT_AUDIENCE))
      .length > 0,
)!;
const plainTitle = blocksOf(step.title)[0]!;

test('Listen on a step reads its title, summary and open sections in the page language', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(step.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));

  const [first] = speech.spoken;
  expect(first?.lang).toBe('en-US');
  expect(first?.voice?.name).toBe('Device US English');
  const read = speech.finishAll();
  const opened = [
    ...blocksOf(step.title),
    ...blocksOf(step.summary),
    SECTION_TITLES.whatHappens,
    ...blocksOf(step.sections.whatHappens),
    ...(step.sections.why
      ? [SECTION_TITLES.why, ...blocksOf(step.sections.why)]
      : []),
  ];
  expect(read.slice(0, opened.length)).toEqual(opened);
  expect(read).toContain(SECTION_TITLES.whenToCall);
  // A closed section, a definition and the controls' own labels are not read.
  const all = read.join(' ');
  expect(all).not.toContain(SECTION_TITLES.howLong);
  for (const mark of listGlossaryMarks(
    textFor(step.sections.whatHappens, DEFAULT_AUDIENCE),
  ))
    expect(all).not.toContain(getGlossaryTerm(mark.termId)!.definition);
  expect(read).not.toContain(t('listen.listen'));
  expect(await screen.findByRole('button', { name: 'Listen' })).toBeVisible();
});

test('Pause, Resume and Stop control the speech and change the button labels', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  renderRoute(paths.step.getHref(step.id));
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
  renderRoute(paths.step.getHref(step.id));
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
  renderRoute(paths.step.getHref(step.id));
  await user.click(await screen.findByRole('button', { name: 'Listen' }));
  act(() => speech.spoken[0]!.onend?.());
  await user.click(screen.getByRole('button', { name: 'Pause' }));
  act(() => speech.spoken[1]!.onerror?.());
  await user.click(screen.getByRole('button', { name: 'Resume' }));

  expect(speech.spoken.map((utterance) => utterance.text)).toEqual([
    plainTitle,
    blocksOf(step.summary)[0],
    blocksOf(step.summary)[0],
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

test('a detail panel reads its heading and text, not its sources or Close', async () => {
  const user = userEvent.setup();
  const speech = stubSpeech(ENGLISH_VOICES);
  const medicine = getMedicine(
    step.medicineIds[0] ?? journey.medicines[0]!.id,
  )!;
  renderRoute(
    `${paths.step.getHref(step.id)}${panelSearch({ kind: 'medicine', id: medicine.id })}`,
  );
  const panel = await screen.findByRole('dialog', { name: medicine.name });
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

test('Listen is absent when the device has no voice of its own for the page language', async () => {
  stubSpeech([
    voice('es-ES'),
    voice('en-US', { name: 'Remote US English', localService: false }),
  ]);
  renderRoute(paths.step.getHref(step.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();
});

test('Listen is absent when the browser has no speech', async () => {
  renderRoute(paths.step.getHref(step.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();
});

test('Listen appears when the voices arrive after the page', async () => {
  const speech = stubSpeech([]);
  renderRoute(paths.step.getHref(step.id));
  expect(
    await screen.findByRole('heading', { level: 1, name: plainTitle }),
  ).toBeVisible();
  expect(
    screen.queryByRole('button', { name: 'Listen' }),
  ).not.toBeInTheDocument();

  speech.setVoices([voice('en_US')]);
  expect(await screen.findByRole('button', { name: 'Listen' })).toBeVisible();
});
