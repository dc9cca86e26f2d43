import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { journey, textFor } from '#src/content/journey.ts';
import { listGlossaryMarks, toPlainText } from '#src/content/markup.ts';
import type { AudienceText } from '#src/content/schema.ts';
import { renderRoute } from '#tests/render-route.tsx';

const termName = (termId: string) =>
  journey.glossary.find((term) => term.id === termId)?.term ?? termId;
const plain = (text: AudienceText) =>
  toPlainText(textFor(text, DEFAULT_AUDIENCE), termName);
const marks = (texts: (AudienceText | undefined)[], termId: string) =>
  texts.some(
    (text) =>
      text !== undefined &&
      listGlossaryMarks(textFor(text, DEFAULT_AUDIENCE)).some(
        (mark) => mark.termId === termId,
      ),
  );
const stepsMarking = (termId: string) =>
  journey.steps.filter((step) =>
    marks(
      [
        step.title,
        step.summary,
        ...Object.values(step.sections),
        step.moreDetail,
      ],
      termId,
    ),
  );
const topicsMarking = (termId: string) =>
  journey.careTopics.filter((topic) =>
    marks([topic.title, topic.summary, topic.body], termId),
  );

/** The definition (dd) of a term on the glossary page. */
function entryOf(name: string) {
  return screen.getByText(name, { selector: 'dt' })
    .nextElementSibling as HTMLElement;
}

test('each glossary entry links to every step that marks the term, by its title', async () => {
  renderRoute('/glossary');
  await screen.findByRole('heading', { level: 1, name: 'Glossary' });
  const term = [...journey.glossary].sort(
    (a, b) => stepsMarking(b.id).length - stepsMarking(a.id).length,
  )[0]!;
  const steps = stepsMarking(term.id);
  expect(steps.length).toBeGreaterThan(1);
  const usedIn = within(entryOf(term.term)).getByRole('list', {
    name: 'Used in:',
  });
  const links = within(usedIn).getAllByRole('link');
  expect(
    links
      .slice(0, steps.length)
      .map((link) => [link.textContent, link.getAttribute('href')]),
  ).toEqual(steps.map((step) => [plain(step.title), `/steps/${step.id}`]));
});

test('a term marked in a care-at-home topic links to that topic', async () => {
  renderRoute('/glossary');
  await screen.findByRole('heading', { level: 1, name: 'Glossary' });
  const term = journey.glossary.find(
    (item) => topicsMarking(item.id).length > 0,
  )!;
  const topic = topicsMarking(term.id)[0]!;
  const usedIn = within(entryOf(term.term)).getByRole('list', {
    name: 'Used in:',
  });
  expect(
    within(usedIn).getByRole('link', {
      name: `${plain(topic.title)} (caring at home)`,
    }),
  ).toHaveAttribute('href', `/care/${topic.id}`);
});

test('a search lists terms matched by name first, then those whose definition mentions it', async () => {
  const user = userEvent.setup();
  renderRoute('/glossary');
  const search = await screen.findByRole('searchbox', {
    name: 'Search the glossary',
  });
  const term = journey.glossary.find(
    (item) =>
      item.alsoCalled.length > 0 &&
      journey.glossary.some(
        (other) =>
          other.id !== item.id &&
          other.definition.includes(item.alsoCalled[0]!),
      ),
  )!;
  await user.type(search, term.alsoCalled[0]!);
  const byName = screen.getByRole('region', { name: 'Matching terms' });
  const byDefinition = screen.getByRole('region', {
    name: 'Found in definitions',
  });
  expect(within(byName).getAllByRole('term')[0]).toHaveTextContent(term.term);
  expect(
    within(byDefinition).queryByText(term.term, { selector: 'dt' }),
  ).not.toBeInTheDocument();
  expect(
    byName.compareDocumentPosition(byDefinition) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  expect(
    screen.queryByRole('navigation', { name: 'Glossary letters' }),
  ).not.toBeInTheDocument();
});

test('clearing the search brings back the A–Z list with its letters', async () => {
  const user = userEvent.setup();
  renderRoute('/glossary');
  const search = await screen.findByRole('searchbox', {
    name: 'Search the glossary',
  });
  await user.type(search, journey.glossary[0]!.term);
  await user.clear(search);
  expect(
    screen.getByRole('navigation', { name: 'Glossary letters' }),
  ).toBeInTheDocument();
  expect(screen.getAllByRole('term')).toHaveLength(journey.glossary.length);
  expect(screen.getByRole('status')).toHaveTextContent(
    `${journey.glossary.length} terms`,
  );
});
