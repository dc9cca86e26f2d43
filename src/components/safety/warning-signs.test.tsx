import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import { getWarningSigns, journey, textFor } from '#src/content/journey.ts';
import { toPlainText } from '#src/content/markup.ts';
import { StepWhenToCall } from '#src/components/step/step-sections.tsx';
import { t } from '#src/content/i18n.ts';

const termName = (termId: string) =>
  journey.glossary.find((term) => term.id === termId)?.term ?? termId;
const plain = (text: Parameters<typeof textFor>[0]) =>
  toPlainText(textFor(text, 'adult'), termName);

/** An element's text without the hidden glossary definitions inside it. */
function shownText(element: Element) {
  const copy = element.cloneNode(true) as Element;
  copy
    .querySelectorAll('.glossary-definition')
    .forEach((node) => node.remove());
  return copy.textContent ?? '';
}

/** The list items shown under each set's name in one rendered "When to call". */
function renderedSigns(container: HTMLElement) {
  const bySet = new Map<string, string[]>();
  for (const list of container.querySelectorAll('.sign-set')) {
    const title = list.querySelector('.sign-set-title')?.textContent ?? '';
    const items = [...list.querySelectorAll('li')].map(shownText);
    bySet.set(title, [...(bySet.get(title) ?? []), ...items]);
  }
  return bySet;
}

test('every step shows a composed "When to call" with the signs of each medicine it names', () => {
  for (const step of journey.steps) {
    const { container, unmount } = render(
      <MemoryRouter>
        <StepWhenToCall step={step} />
      </MemoryRouter>,
    );
    const shown = [...container.querySelectorAll('li')].map(shownText);
    const expected = getWarningSigns(step).flatMap((group) =>
      group.parts.flatMap((part) => part.signs.map((sign) => plain(sign.text))),
    );
    expect(expected.length, step.id).toBeGreaterThan(0);
    for (const text of expected) expect(shown, step.id).toContain(text);
    for (const medicineId of step.medicineIds) {
      const set = journey.warningSets.find((item) =>
        item.medicineIds.includes(medicineId),
      );
      expect(set, `${step.id}: ${medicineId}`).toBeDefined();
      expect(container.textContent, step.id).toContain(set!.title);
    }
    unmount();
  }
});

test('a sign reads the same on every step that shows it', () => {
  const seen = new Map<string, { stepId: string; items: string }>();
  const differences: string[] = [];
  for (const step of journey.steps) {
    const { container, unmount } = render(
      <MemoryRouter>
        <StepWhenToCall step={step} />
      </MemoryRouter>,
    );
    for (const [title, items] of renderedSigns(container)) {
      const text = items.join('\n');
      const first = seen.get(title);
      if (!first) seen.set(title, { stepId: step.id, items: text });
      else if (first.items !== text)
        differences.push(`${title}: ${first.stepId} ≠ ${step.id}`);
    }
    unmount();
  }
  expect(seen.size).toBeGreaterThan(1);
  expect(differences).toEqual([]);
});

test('emergency signs come first, under the emergency-number heading', () => {
  const step = journey.steps.find((item) => item.medicineIds.length > 0)!;
  render(
    <MemoryRouter>
      <StepWhenToCall step={step} />
    </MemoryRouter>,
  );
  const headings = screen.getAllByRole('heading', { level: 3 });
  expect(headings[0]).toHaveTextContent(
    'Call your local emergency number now for:',
  );
  const emergency = headings[0]!.closest('.sign-group') as HTMLElement;
  const shared = journey.warningSets.find((set) => set.kind === 'shared')!;
  const items = within(emergency).getAllByRole('listitem').map(shownText);
  for (const sign of shared.signs.filter(
    (item) => item.urgency === 'emergency',
  ))
    expect(items).toContain(plain(sign.text));
});

test('signs for a medicine are titled "with" it; signs for a step by their own title', () => {
  const titles = new Set<string>();
  for (const step of journey.steps) {
    const { container, unmount } = render(
      <MemoryRouter>
        <StepWhenToCall step={step} />
      </MemoryRouter>,
    );
    for (const title of renderedSigns(container).keys()) titles.add(title);
    unmount();
  }
  const shownSets = journey.warningSets.filter((set) => set.kind !== 'shared');
  const stepSets = shownSets.filter((set) => set.kind === 'step');
  expect(stepSets.some((set) => titles.has(set.title))).toBe(true);
  for (const set of shownSets) {
    const withName = t('safety.signsFor', { name: set.title });
    const expected = set.kind === 'medicine' ? withName : set.title;
    const unexpected = set.kind === 'medicine' ? set.title : withName;
    expect(titles.has(unexpected), set.id).toBe(false);
    if (titles.has(withName) || titles.has(set.title))
      expect(titles.has(expected), set.id).toBe(true);
  }
});
