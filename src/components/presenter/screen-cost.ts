/**
 * How much of a bedside screen a text takes, so sessions can pack short
 * texts together and cut long ones: a screen must fit a 1024×768 tablet
 * above the Back/Next bar, in every language.
 */
import type { AudienceText, Wording } from '#src/content/schema.ts';
import { textFor } from '#src/content/journey.ts';
import { plainText } from '#src/components/content/prose.tsx';

/**
 * What a text costs on a bedside screen, in characters: its words, plus a
 * line's worth for each new paragraph, list item or heading, since a short
 * line still takes a whole line of the screen.
 */
export const LINE_COST = 50;

export function screenCost(text: string, audience: Wording) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const words = lines.map((line) => plainText(line.trim(), audience));
  return words.join(' ').length + LINE_COST * (lines.length - 1);
}

/** A text's cost in its costliest wording (child, adult or neutral). */
export function sectionCost(text: AudienceText) {
  const wordings: Wording[] =
    typeof text === 'string' ? ['neutral'] : (Object.keys(text) as Wording[]);
  return Math.max(
    ...wordings.map((wording) => screenCost(textFor(text, wording), wording)),
  );
}

/**
 * Items packed in order onto screens: an item joins the screen before it
 * while the screen's cost stays within the budget. An item costlier than
 * the budget has a screen to itself.
 */
export function packByCost<T>(
  items: readonly T[],
  costOf: (item: T, index: number) => number,
  budget: number,
): T[][] {
  const screens: { items: T[]; cost: number }[] = [];
  items.forEach((item, index) => {
    const cost = costOf(item, index);
    const last = screens.at(-1);
    if (last && last.cost + cost <= budget) {
      last.items.push(item);
      last.cost += cost;
    } else {
      screens.push({ items: [item], cost });
    }
  });
  return screens.map((screen) => screen.items);
}
