import { expect, test } from 'vitest';
import { getWarningSigns, journey, textFor } from '#src/content/journey.ts';
import {
  getWhenToCallPages,
  itemLines,
  SCREEN_LINES,
} from './when-to-call-pages.ts';

/** The longest "When to call" there is: every medicine and every step set. */
const everything = {
  medicineIds: journey.medicines.map((medicine) => medicine.id),
  warningSetIds: journey.warningSets
    .filter((set) => set.kind === 'step')
    .map((set) => set.id),
};

test('who to call comes first, then every sign once, most urgent first, then every piece of advice once', () => {
  const pages = getWhenToCallPages(everything, 'adult');
  expect(pages[0]).toEqual({ kind: 'contacts' });
  const groups = getWarningSigns(everything);
  const signPages = pages.flatMap((page) =>
    page.kind === 'signs' ? [page] : [],
  );
  expect(
    signPages.flatMap((page) =>
      page.group.parts.flatMap((part) =>
        part.signs.map((sign) => [page.group.urgency, part.set.id, sign]),
      ),
    ),
  ).toEqual(
    groups.flatMap((group) =>
      group.parts.flatMap((part) =>
        part.signs.map((sign) => [group.urgency, part.set.id, sign]),
      ),
    ),
  );
  // Each urgency starts at index 0 and counts on.
  for (const group of groups) {
    expect(
      signPages
        .filter((page) => page.group.urgency === group.urgency)
        .map((page) => page.index),
    ).toEqual(
      signPages
        .filter((page) => page.group.urgency === group.urgency)
        .map((_, index) => index),
    );
  }
  const advice = [
    ...new Set(groups.flatMap((group) => group.parts.map((part) => part.set))),
  ].flatMap((set) => set.advice);
  expect(
    pages.flatMap((page) => (page.kind === 'advice' ? page.items : [])),
  ).toEqual(advice);
  // The order: contacts, signs, advice.
  const kinds = pages.map((page) => page.kind);
  expect(kinds).toEqual(
    [...kinds].sort(
      (a, b) =>
        ['contacts', 'signs', 'advice'].indexOf(a) -
        ['contacts', 'signs', 'advice'].indexOf(b),
    ),
  );
});

test('a screen of several signs or pieces of advice stays within its lines, in each wording', () => {
  for (const audience of ['adult', 'child'] as const) {
    const pages = getWhenToCallPages(everything, audience);
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      const texts =
        page.kind === 'signs'
          ? page.group.parts.flatMap((part) =>
              part.signs.map((sign) => sign.text),
            )
          : page.kind === 'advice'
            ? page.items.map((item) => item.text)
            : [];
      if (texts.length < 2) continue;
      const lines = texts.reduce(
        (sum, text) => sum + itemLines(textFor(text, audience), audience),
        0,
      );
      expect(lines).toBeLessThanOrEqual(SCREEN_LINES);
    }
  }
});
