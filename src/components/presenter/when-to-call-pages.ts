/**
 * The closing "When to call" of a bedside session, cut into screens that fit
 * a tablet. It is composed for every medicine the session covered, so it is
 * long: first who to call (the unit's numbers and fever temperature), then
 * the signs by how soon to act, most urgent first, then what is good to
 * know. A long group goes on over several screens, cut between medicines or
 * between signs, never inside one.
 */
import type { WarningSet, WarningSign, Wording } from '#src/content/schema.ts';
import { getWarningSigns, textFor } from '#src/content/journey.ts';
import type { SignGroup, WarningSubject } from '#src/content/warning-signs.ts';
import { packByCost, screenCost } from './screen-cost.ts';

type Advice = WarningSet['advice'][number];

export type WhenToCallPage =
  | { kind: 'contacts' }
  /** Some of one urgency's signs; `index` 0 is the group's first screen. */
  | { kind: 'signs'; group: SignGroup; index: number }
  | { kind: 'advice'; items: Advice[]; index: number };

/**
 * How many lines of signs or advice one screen holds, with room to spare
 * (a line of the safe-side estimate may wrap early). The lists are set a
 * little smaller than a step's text (global.css, about 65 characters a
 * line on a 1024×768 tablet), under a heading that may take three lines
 * in Spanish.
 */
export const SCREEN_LINES = 8;

/** Characters on one line of a list, on the safe side. */
export const LINE_CHARACTERS = 60;

/** The lines a list item takes: every item starts a new one. */
export function itemLines(text: string, audience: Wording) {
  return Math.ceil(screenCost(text, audience) / LINE_CHARACTERS);
}

/** A medicine's name over its signs, with the space around it. */
const SET_TITLE_LINES = 1.5;

type SignItem = { set: WarningSet; sign: WarningSign };

/** One screen's signs back into the group shape the sign list draws. */
function toGroup(urgency: SignGroup['urgency'], items: SignItem[]) {
  const parts: SignGroup['parts'] = [];
  for (const { set, sign } of items) {
    const last = parts.at(-1);
    if (last?.set === set) last.signs.push(sign);
    else parts.push({ set, signs: [sign] });
  }
  return { urgency, parts };
}

export function getWhenToCallPages(
  subject: WarningSubject,
  audience: Wording,
): WhenToCallPage[] {
  const pages: WhenToCallPage[] = [{ kind: 'contacts' }];
  const groups = getWarningSigns(subject);
  const itemCost = (text: Parameters<typeof textFor>[0]) =>
    itemLines(textFor(text, audience), audience);
  for (const group of groups) {
    const items = group.parts.flatMap(({ set, signs }) =>
      signs.map((sign) => ({ set, sign })),
    );
    const screens = packByCost(
      items,
      // A medicine's first sign also brings the medicine's name line.
      (item, index) =>
        itemCost(item.sign.text) +
        (item.set.kind !== 'shared' && items[index - 1]?.set !== item.set
          ? SET_TITLE_LINES
          : 0),
      SCREEN_LINES,
    );
    screens.forEach((screen, index) =>
      pages.push({
        kind: 'signs',
        group: toGroup(group.urgency, screen),
        index,
      }),
    );
  }
  const advice = [
    ...new Set(groups.flatMap((group) => group.parts.map((part) => part.set))),
  ].flatMap((set) => set.advice);
  packByCost(advice, (item) => itemCost(item.text), SCREEN_LINES).forEach(
    (items, index) => pages.push({ kind: 'advice', items, index }),
  );
  return pages;
}
