import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { languages, plain } from './content.ts';
import { expectNoSidewaysScrollAtDoubleText } from './layout.ts';

const [english, spanish] = languages;
const en = english!.bundle.journey;
const es = spanish!.bundle.journey;

/** The Listen strings of a language, as the reader sees them. */
function listenStrings(language: (typeof languages)[number]) {
  const strings = language.bundle.messages.listen!;
  return {
    label: strings.label!,
    listen: strings.listen!,
    pause: strings.pause!,
    resume: strings.resume!,
    stop: strings.stop!,
  };
}
const listenEn = listenStrings(english!);
const listenEs = listenStrings(spanish!);
const step = en.steps[2]!;
const spanishStep = es.steps[2]!;

type StubVoice = { name: string; lang: string; localService?: boolean };
type SpeechLog = {
  calls: string[];
  spoken: { text: string; lang: string; voice: string | null }[];
};

const VOICES: StubVoice[] = [
  { name: 'Device English', lang: 'en-US' },
  { name: 'Device Spanish', lang: 'es-US' },
];

/**
 * Puts a recording speech engine in the page before the app starts:
 * headless Chromium may have no voices, and a test must not make a sound.
 */
async function stubSpeech(page: Page, voices: StubVoice[]) {
  await page.addInitScript((list: StubVoice[]) => {
    const log: SpeechLog & { utterances: { onend?: () => void }[] } = {
      calls: [],
      spoken: [],
      utterances: [],
    };
    class Utterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      speak(utterance: Utterance) {
        log.calls.push('speak');
        log.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
        });
        log.utterances.push({ onend: () => utterance.onend?.() });
      },
      pause() {
        log.calls.push('pause');
        synth.paused = true;
      },
      resume() {
        log.calls.push('resume');
        synth.paused = false;
      },
      cancel() {
        log.calls.push('cancel');
      },
      getVoices() {
        return list.map((voice) => ({
          localService: true,
          default: false,
          voiceURI: voice.name,
          ...voice,
        }));
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', {
      value: synth,
      configurable: true,
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
      writable: true,
    });
    Object.assign(window, { speechLog: log });
  }, voices);
}

function speechLog(page: Page) {
  return page.evaluate(() => {
    const { calls, spoken } = (window as unknown as { speechLog: SpeechLog })
      .speechLog;
    return { calls: [...calls], spoken: [...spoken] };
  });
}

/** The engine finishes what it is saying, as at the end of a block. */
function finishUtterance(page: Page) {
  return page.evaluate(() => {
    const log = (
      window as unknown as {
        speechLog: { utterances: { onend: () => void }[] };
      }
    ).speechLog;
    log.utterances.at(-1)!.onend();
  });
}

test('Listen reads an English step aloud in English, and Pause, Resume and Stop control it', async ({
  page,
}) => {
  await stubSpeech(page, VOICES);
  await page.goto(`/steps/${step.id}`);
  const group = page.getByRole('group', { name: listenEn.label });
  await group.getByRole('button', { name: listenEn.listen }).click();

  let log = await speechLog(page);
  expect(log.spoken[0]).toEqual({
    text: plain(step.title),
    lang: 'en-US',
    voice: 'Device English',
  });
  await finishUtterance(page);
  log = await speechLog(page);
  expect(plain(step.summary)).toContain(log.spoken[1]!.text);

  await group.getByRole('button', { name: listenEn.pause }).click();
  await group.getByRole('button', { name: listenEn.resume }).click();
  await expect(
    group.getByRole('button', { name: listenEn.pause }),
  ).toBeVisible();
  await group.getByRole('button', { name: listenEn.stop }).click();
  await expect(
    group.getByRole('button', { name: listenEn.listen }),
  ).toBeFocused();
  await expect(
    group.getByRole('button', { name: listenEn.stop }),
  ).not.toBeAttached();
  log = await speechLog(page);
  expect(log.calls.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
});

test('Listen reads a Spanish step aloud in Spanish', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await page.goto(`/es/steps/${spanishStep.id}`);
  await page.getByRole('button', { name: listenEs.listen }).click();

  const [first] = (await speechLog(page)).spoken;
  expect(first?.text).toBe(plain(spanishStep.title, es));
  expect(first?.lang).toMatch(/^es-/);
  expect(first?.voice).toBe('Device Spanish');
  await expect(
    page.getByRole('button', { name: listenEs.pause }),
  ).toBeVisible();
});

test('moving to the next step stops the reading', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await page.goto(`/steps/${step.id}`);
  await page.getByRole('button', { name: listenEn.listen }).click();
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(`/steps/${en.steps[3]!.id}`);

  expect((await speechLog(page)).calls.at(-1)).toBe('cancel');
  await expect(
    page.getByRole('button', { name: listenEn.listen }),
  ).toBeVisible();
});

test('a detail panel and a care topic each have their own Listen', async ({
  page,
}) => {
  await stubSpeech(page, VOICES);
  const medicine = en.medicines[0]!;
  await page.goto(`/steps/${step.id}?panel=medicine:${medicine.id}`);
  const panel = page.getByRole('dialog', { name: medicine.name });
  await panel.getByRole('button', { name: listenEn.listen }).click();
  await finishUtterance(page);
  let log = await speechLog(page);
  // Its kind ("Medicine"), then its heading.
  expect(log.spoken[1]?.text).toBe(medicine.name);

  const topic = en.careTopics[0]!;
  await page.goto(`/care/${topic.id}`);
  await page.getByRole('button', { name: listenEn.listen }).click();
  log = await speechLog(page);
  expect(log.spoken.at(-1)?.text).toBe(plain(topic.title));
});

test('with no voices there is no Listen button', async ({ page }) => {
  await stubSpeech(page, []);
  await page.goto(`/steps/${step.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: listenEn.listen })).toHaveCount(
    0,
  );
});

test('with no voice for the page language there is no Listen button', async ({
  page,
}) => {
  await stubSpeech(page, [VOICES[0]!]);
  await page.goto(`/es/steps/${spanishStep.id}`);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: plain(spanishStep.title, es),
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: listenEs.listen })).toHaveCount(
    0,
  );
});

/**
 * Where the text under the controls sits, and whether the controls stay in
 * the room their line keeps for them (clear of the line's own text).
 */
async function measure(page: Page, textSize: string) {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
  }, textSize);
  return page.evaluate(() => {
    const heading = document.querySelector('h1')!;
    const group = document.querySelector('.listen');
    const row = group?.parentElement;
    const slotStart = row
      ? row.getBoundingClientRect().right -
        parseFloat(getComputedStyle(row).paddingInlineEnd)
      : 0;
    return {
      headingTop: heading.getBoundingClientRect().top + window.scrollY,
      summaryTop: document
        .querySelector('.step-summary')!
        .getBoundingClientRect().top,
      isInSlot: group
        ? group.getBoundingClientRect().left >= slotStart - 0.5
        : null,
    };
  });
}

// A badge ("For children") makes the position line longest.
const badged = en.steps.find((item) => item.audience !== 'both')!;
const LAYOUTS = [
  ['an English step with a badge', `/steps/${badged.id}`, 360],
  ['a Spanish step with a badge', `/es/steps/${badged.id}`, 360],
  ['a Spanish step at 320 px', `/es/steps/${badged.id}`, 320],
  ['a Spanish care topic', `/es/care/${es.careTopics[0]!.id}`, 360],
  ['an English care topic', `/care/${en.careTopics[0]!.id}`, 360],
] as const;

for (const [label, url, width] of LAYOUTS) {
  test(`on ${label}, the text stays put when Listen appears, at normal and 200 % text`, async ({
    browser,
  }) => {
    const withVoice = await browser.newPage({
      viewport: { width, height: 740 },
    });
    const withoutVoice = await browser.newPage({
      viewport: { width, height: 740 },
    });
    await stubSpeech(withVoice, VOICES);
    await stubSpeech(withoutVoice, []);
    await withVoice.goto(url);
    await waitForApp(withVoice);
    await withoutVoice.goto(url);
    await waitForApp(withoutVoice);
    await expect(withVoice.locator('.listen')).toBeVisible();
    await expect(withoutVoice.locator('.listen')).toHaveCount(0);

    for (const textSize of ['100%', '200%']) {
      const shown = await measure(withVoice, textSize);
      const absent = await measure(withoutVoice, textSize);
      expect(shown.isInSlot, textSize).toBe(true);
      expect(shown.summaryTop, textSize).toBeCloseTo(absent.summaryTop, 0);
      expect(shown.headingTop, textSize).toBeCloseTo(absent.headingTop, 0);
    }
    await withVoice.close();
    await withoutVoice.close();
  });
}

test('the reading controls are 44 px targets, fit at 320 px and 200 % text, and have no axe violations', async ({
  page,
}) => {
  await stubSpeech(page, VOICES);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/steps/${step.id}`);
  await page.getByRole('button', { name: listenEn.listen }).click();
  for (const name of [listenEn.pause, listenEn.stop]) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box!.height, name).toBeGreaterThanOrEqual(44);
    expect(box!.width, name).toBeGreaterThanOrEqual(44);
  }
  await expectNoViolations(page, 'a step being read aloud');

  await page.goto(
    `/es/steps/${spanishStep.id}?panel=medicine:${es.medicines[0]!.id}`,
  );
  await page
    .getByRole('dialog')
    .getByRole('button', { name: listenEs.listen })
    .click();
  await expectNoViolations(page, 'a Spanish panel being read aloud');

  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoSidewaysScrollAtDoubleText(page, `/steps/${step.id}`);
  await expect(
    page.getByRole('button', { name: listenEn.listen }),
  ).toBeVisible();
});
