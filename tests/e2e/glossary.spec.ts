import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { journey, languages, plain } from './content.ts';
import { parseInline } from '../../src/content/markup.ts';
import type {
  AudienceText,
  GlossaryTerm,
  Journey,
  Step,
} from '../../src/content/schema.ts';

const spanish = languages.find((language) => language.locale.code === 'es')!;

/** The wording before the reader says who is treated. */
const unsaid = (text: AudienceText) =>
  typeof text === 'string' ? text : text.neutral;
const termById = (id: string, content: Journey = journey) =>
  content.glossary.find((term) => term.id === id)!;

/** The glossary marks of a text, with the words a reader sees for each. */
function marksIn(text: AudienceText) {
  return parseInline(unsaid(text)).flatMap((part) =>
    part.kind === 'term'
      ? [{ term: termById(part.termId), shown: part.text ?? '' }]
      : [],
  );
}

/**
 * A step whose "What happens" (open from the start) marks a term in the
 * middle of a sentence, and that term.
 */
function stepWithTerm(): { step: Step; term: GlossaryTerm; shown: string } {
  for (const step of journey.steps) {
    const parts = parseInline(unsaid(step.sections.whatHappens));
    const index = parts.findIndex(
      (part, at) =>
        part.kind === 'term' &&
        /\p{L} $/u.test(parts[at - 1]?.text ?? '') &&
        parts[at + 1]?.kind === 'text',
    );
    const part = parts[index];
    if (part?.kind !== 'term') continue;
    const term = termById(part.termId);
    return { step, term, shown: part.text ?? term.term };
  }
  throw new Error('No "What happens" marks a term mid-sentence');
}

/** The term as it appears in the step's text. */
function termIn(page: Page, shown: string) {
  return page
    .getByRole('article')
    .getByRole('button', { name: shown, exact: true })
    .first();
}

/**
 * Where each word of the term's paragraph is drawn, in page coordinates
 * (so a scroll does not count as movement).
 */
function wordBoxes(term: Locator) {
  return term.evaluate((element) => {
    const block = element.closest('p, li')!;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const boxes: string[] = [];
    const range = document.createRange();
    while (walker.nextNode()) {
      range.selectNodeContents(walker.currentNode);
      for (const box of range.getClientRects())
        boxes.push(
          [box.left, box.top + window.scrollY, box.width, box.height]
            .map((value) => value.toFixed(1))
            .join(','),
        );
    }
    return boxes;
  });
}

/**
 * For every glossary term in the open text of the page: whether the words
 * of its sentence break onto lines, and take the height, exactly as the
 * same sentence does with the term written as plain words.
 */
function termLayoutProblems(page: Page) {
  return page.getByRole('article').evaluate((article) => {
    // Glossary terms; panel links open dialogs too, but are links.
    const TERM = '[role="button"][aria-haspopup="dialog"]';
    /** The line each word starts on (0, 1, 2…), in reading order. */
    function wordLines(block: Element) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const lines: number[] = [];
      let line = 0;
      let lastTop: number | undefined;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + 1);
          const top = range.getClientRects()[0]?.top;
          if (top === undefined) continue;
          if (lastTop !== undefined && top > lastTop + 2) line++;
          lastTop = top;
          lines.push(line);
        }
      }
      return lines;
    }

    const problems: string[] = [];
    const blocks = new Set(
      [...article.querySelectorAll(TERM)]
        .filter((term) => term.getClientRects().length > 0)
        .map((term) => term.parentElement!)
        // Sentences of content text: words and terms only.
        .filter(
          (block) =>
            block.matches('p, li') &&
            [...block.children].every((child) => child.matches(TERM)),
        ),
    );
    for (const block of blocks) {
      const copy = block.cloneNode(true) as HTMLElement;
      for (const term of copy.querySelectorAll(TERM))
        term.replaceWith(term.textContent ?? '');
      copy.style.width = `${block.getBoundingClientRect().width}px`;
      copy.style.position = 'absolute';
      copy.style.visibility = 'hidden';
      block.parentElement!.append(copy);
      const expected = wordLines(copy);
      const expectedHeight = copy.getBoundingClientRect().height;
      copy.remove();
      const label = (block.textContent ?? '').slice(0, 60);
      if (wordLines(block).join() !== expected.join())
        problems.push(`"${label}…" breaks its lines differently`);
      if (Math.abs(block.getBoundingClientRect().height - expectedHeight) > 1)
        problems.push(`"${label}…" is taller than its plain words`);
    }
    return problems;
  });
}

/** The steps whose open text (summary, "What happens", "Why") marks most terms. */
const STEPS_WITH_MOST_TERMS = [...journey.steps]
  .map((step) => ({
    step,
    count: [step.summary, step.sections.whatHappens, step.sections.why].flatMap(
      marksIn,
    ).length,
  }))
  .sort((a, b) => b.count - a.count)
  .slice(0, 6)
  .map(({ step }) => step);

test('at 360 px glossary terms flow with their sentences, breaking lines exactly as plain words', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const problems: string[] = [];
  // Spanish words are longer, so its sentences wrap in other places.
  for (const prefix of ['', '/es']) {
    for (const step of STEPS_WITH_MOST_TERMS) {
      const url = `${prefix}/steps/${step.id}`;
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page
          .getByRole('article')
          .getByRole('button', { expanded: false })
          .and(page.locator('[aria-haspopup="dialog"]'))
          .first(),
      ).toBeVisible();
      for (const problem of await termLayoutProblems(page))
        problems.push(`${url}: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a glossary term is a target of at least 24 px without taller lines', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { step, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  const term = termIn(page, shown);
  const sizes = await term.evaluate((element) => ({
    target: Math.min(...[...element.getClientRects()].map((box) => box.height)),
    line: parseFloat(getComputedStyle(element.closest('p, li')!).lineHeight),
  }));
  expect(sizes.target).toBeGreaterThanOrEqual(24);
  // Taller than the line, the targets of two lines would overlap.
  expect(sizes.target).toBeLessThanOrEqual(sizes.line + 1);
});

test('opening a definition at 360 px moves no word of the sentence and leaves the term in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  const termButton = termIn(page, shown);
  const before = await wordBoxes(termButton);
  await termButton.click();
  const dialog = page.getByRole('dialog', { name: term.term });
  await expect(dialog).toBeVisible();
  expect(await wordBoxes(termButton)).toEqual(before);
  // The sheet sits above or below the term's line, never over it.
  const termBox = (await termButton.boundingBox())!;
  const sheetBox = (await dialog.boundingBox())!;
  expect(
    sheetBox.y >= termBox.y + termBox.height ||
      sheetBox.y + sheetBox.height <= termBox.y,
  ).toBe(true);
  expect(sheetBox.x).toBeGreaterThanOrEqual(0);
  expect(sheetBox.x + sheetBox.width).toBeLessThanOrEqual(360);
});

test('a term near the bottom of the screen opens its definition above it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  const termButton = termIn(page, shown);
  // Scroll so the term sits near the bottom edge of the screen.
  await termButton.evaluate((element) => {
    const box = element.getBoundingClientRect();
    window.scrollBy(0, box.bottom - window.innerHeight + 60);
  });
  const termBox = (await termButton.boundingBox())!;
  expect(termBox.y).toBeGreaterThan(740 / 2);
  await termButton.click();
  const sheetBox = (await page
    .getByRole('dialog', { name: term.term })
    .boundingBox())!;
  expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(termBox.y);
  expect(sheetBox.y).toBeGreaterThanOrEqual(0);
});

test('turning the phone while a definition is open keeps the sheet on the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  const termButton = termIn(page, shown);
  await termButton.evaluate((element) => {
    const box = element.getBoundingClientRect();
    window.scrollBy(0, box.top - window.innerHeight * 0.4);
  });
  await termButton.click();
  const dialog = page.getByRole('dialog', { name: term.term });
  await expect(dialog).toBeVisible();
  await page.setViewportSize({ width: 740, height: 360 });
  await expect
    .poll(async () => {
      const box = (await dialog.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 360;
    })
    .toBe(true);
});

test('by keyboard: Enter opens a definition with focus inside, Tab stays inside, Escape closes it and focus returns', async ({
  page,
}) => {
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  const termButton = termIn(page, shown);
  for (
    let i = 0;
    i < 200 &&
    !(await termButton.evaluate(
      (element) => element === document.activeElement,
    ));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(termButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: term.term });
  await expect(dialog).toBeVisible();
  await expect(termButton).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((element) =>
        element.contains(document.activeElement),
      ),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(termButton).toBeFocused();
  await expect(termButton).toHaveAttribute('aria-expanded', 'false');
  // The step stays put: Escape and Enter did not move to another step.
  await expect(page).toHaveURL(`/steps/${step.id}`);
});

test('"More in the glossary" in a definition opens the term on the glossary page', async ({
  page,
}) => {
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  await termIn(page, shown).click();
  await page
    .getByRole('dialog', { name: term.term })
    .getByRole('link', { name: 'More in the glossary' })
    .click();
  await expect(page).toHaveURL(`/glossary#term-${term.id}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByRole('term').filter({ hasText: term.term }),
  ).toBeVisible();
});

for (const [width, scheme] of [
  [360, 'light'],
  [1024, 'dark'],
] as const) {
  test(`with a definition open a step has no axe violations at ${width} px ${scheme}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const { step, term, shown } = stepWithTerm();
    await page.goto(`/steps/${step.id}`);
    await termIn(page, shown).click();
    await expect(page.getByRole('dialog', { name: term.term })).toBeVisible();
    await expectNoViolations(page, `${step.id} with ${term.id} open`);
  });
}

test('at 200 % text on a 320 px screen an open definition fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { step, term, shown } = stepWithTerm();
  await page.goto(`/steps/${step.id}`);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const termButton = termIn(page, shown);
  await termButton.scrollIntoViewIfNeeded();
  await termButton.click();
  const dialog = page.getByRole('dialog', { name: term.term });
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the glossary lists where a term is used, and the link leads to a step whose text holds it', async ({
  page,
}) => {
  const { step, term, shown } = stepWithTerm();
  await page.goto('/glossary');
  await page
    .getByRole('searchbox', { name: 'Search the glossary' })
    .fill(term.term);
  const entry = page.getByRole('region', { name: 'Matching terms' });
  await expect(entry.getByRole('term').first()).toHaveText(term.term);
  const usedIn = entry.getByRole('list', { name: 'Used in:' }).first();
  await usedIn
    .getByRole('link', { name: plain(step.title), exact: true })
    .click();
  await expect(page).toHaveURL(`/steps/${step.id}`);
  await termIn(page, shown).click();
  await expect(page.getByRole('dialog', { name: term.term })).toBeVisible();
});

/** The words shown for each mark of the term in a page's texts. */
function shownWordsFor(href: string, term: GlossaryTerm) {
  const [, kind, id] = /^\/(steps|care)\/(.+)$/.exec(href) ?? [];
  const texts =
    kind === 'steps'
      ? (() => {
          const step = journey.steps.find((item) => item.id === id)!;
          return [
            step.title,
            step.summary,
            ...Object.values(step.sections),
            ...(step.moreDetail ? [step.moreDetail] : []),
          ];
        })()
      : (() => {
          const topic = journey.careTopics.find((item) => item.id === id)!;
          return [topic.title, topic.summary, topic.body];
        })();
  return texts
    .flatMap(marksIn)
    .filter((mark) => mark.term.id === term.id)
    .map((mark) => mark.shown || term.term);
}

test('every "Used in" link of the first dozen terms goes to a page that marks the term', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/glossary');
  const targets = await page
    .getByRole('definition')
    .evaluateAll((definitions) =>
      definitions.slice(0, 12).flatMap((definition) =>
        [...definition.querySelectorAll('ul a')].map((link) => ({
          name: definition.previousElementSibling?.textContent ?? '',
          href: link.getAttribute('href') ?? '',
        })),
      ),
    );
  expect(targets.length).toBeGreaterThan(0);
  for (const { name, href } of targets) {
    const term = journey.glossary.find((item) => item.term === name)!;
    const words = shownWordsFor(href, term);
    expect(words, `${href} marks ${term.id}`).not.toEqual([]);
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The term may sit in a closed section, so hidden ones count too.
    const marked = page
      .getByRole('main')
      .getByRole('button', { name: words[0], exact: true, includeHidden: true })
      .and(page.locator('[aria-haspopup="dialog"]'));
    expect(await marked.count(), `${href} shows ${term.id}`).toBeGreaterThan(0);
  }
});

test('a Spanish search for "LLA" ranks the LLA entry first and leaves out words that only contain it', async ({
  page,
}) => {
  const ui = spanish.bundle.messages.glossary!;
  const glossary = spanish.bundle.journey.glossary;
  const leukemia = glossary.find((term) => term.alsoCalled.includes('LLA'))!;
  const lower = (text: string) =>
    text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const insideWordsOnly = glossary.filter(
    (term) =>
      lower(term.definition).includes('lla') &&
      ![term.term, ...term.alsoCalled, term.definition].some((text) =>
        /(^|[^\p{L}\p{N}])lla($|[^\p{L}\p{N}])/u.test(lower(text)),
      ),
  );
  expect(insideWordsOnly.length).toBeGreaterThan(0);
  await page.goto('/es/glossary');
  await page.getByRole('searchbox', { name: ui.searchLabel }).fill('LLA');
  const byName = page.getByRole('region', { name: ui.nameMatches });
  await expect(byName.getByRole('term').first()).toHaveText(leukemia.term);
  const shown = await page.getByRole('term').allTextContents();
  expect(shown.length).toBeGreaterThan(1);
  for (const term of insideWordsOnly) expect(shown).not.toContain(term.term);
  await expectNoViolations(page, '/es/glossary searching LLA');
});
