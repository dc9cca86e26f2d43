import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { expect, test } from 'vitest';
import { journey } from '#src/content/journey.ts';
import { GlossaryTerm } from './glossary-term.tsx';

const term = journey.glossary.find((item) => item.alsoCalled.length > 0)!;

function renderSentence(hasGlossaryLink?: boolean) {
  render(
    <MemoryRouter>
      <p>
        Before the word{' '}
        <GlossaryTerm
          termId={term.id}
          shownText={undefined}
          hasGlossaryLink={hasGlossaryLink}
        />
        , after the word.
      </p>
    </MemoryRouter>,
  );
  return screen.getByRole('button', { name: term.term });
}

test('a term opens its definition in a dialog named after the term, with a link to the glossary', async () => {
  const user = userEvent.setup();
  const termButton = renderSentence();
  expect(termButton).toHaveAttribute('aria-expanded', 'false');
  expect(termButton).toHaveAttribute('aria-haspopup', 'dialog');
  await user.click(termButton);
  const dialog = screen.getByRole('dialog', { name: term.term });
  expect(termButton).toHaveAttribute('aria-expanded', 'true');
  expect(termButton).toHaveAttribute('aria-controls', dialog.id);
  expect(
    within(dialog).getByRole('heading', { name: term.term }),
  ).toBeInTheDocument();
  expect(dialog).toHaveAccessibleDescription(term.definition);
  expect(
    within(dialog).getByRole('link', { name: 'More in the glossary' }),
  ).toHaveAttribute('href', `/glossary#term-${term.id}`);
});

test('opening a definition adds nothing to the sentence around the term', async () => {
  const user = userEvent.setup();
  const termButton = renderSentence();
  const sentence = termButton.closest('p')!;
  const before = sentence.textContent;
  await user.click(termButton);
  expect(screen.getByRole('dialog')).toBeInTheDocument();
  expect(sentence).toHaveTextContent(before!, { normalizeWhitespace: false });
  expect(sentence).not.toContainElement(screen.getByRole('dialog'));
});

test('Enter opens the definition with focus inside, and Close returns focus to the term', async () => {
  const user = userEvent.setup();
  const termButton = renderSentence();
  await user.tab();
  expect(termButton).toHaveFocus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('dialog', { name: term.term });
  const close = within(dialog).getByRole('button', { name: 'Close' });
  expect(close).toHaveFocus();
  await user.click(close);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(termButton).toHaveFocus();
  expect(termButton).toHaveAttribute('aria-expanded', 'false');
});

test('Tab and Shift+Tab keep focus inside an open definition', async () => {
  const user = userEvent.setup();
  await user.click(renderSentence());
  const dialog = screen.getByRole('dialog', { name: term.term });
  const close = within(dialog).getByRole('button', { name: 'Close' });
  const link = within(dialog).getByRole('link', {
    name: 'More in the glossary',
  });
  expect(close).toHaveFocus();
  await user.tab();
  expect(link).toHaveFocus();
  await user.tab();
  expect(close).toHaveFocus();
  await user.tab({ shift: true });
  expect(link).toHaveFocus();
});

test('Space opens the definition, as on any button', async () => {
  const user = userEvent.setup();
  renderSentence();
  await user.tab();
  await user.keyboard(' ');
  expect(screen.getByRole('dialog', { name: term.term })).toBeInTheDocument();
});

test('in bedside mode the definition offers no link away from the session', async () => {
  const user = userEvent.setup();
  await user.click(renderSentence(false));
  const dialog = screen.getByRole('dialog', { name: term.term });
  expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  expect(
    within(dialog).getByRole('button', { name: 'Close' }),
  ).toBeInTheDocument();
});

test('a term inside a link opens its definition and does not follow the link', async () => {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <Routes>
        <Route
          path="/"
          element={
            <Link to="/elsewhere">
              <GlossaryTerm termId={term.id} shownText={undefined} />
            </Link>
          }
        />
        <Route path="/elsewhere" element={<h1>Elsewhere</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  await user.click(screen.getByRole('button', { name: term.term }));
  expect(screen.getByRole('dialog', { name: term.term })).toBeInTheDocument();
  expect(
    screen.queryByRole('heading', { name: 'Elsewhere' }),
  ).not.toBeInTheDocument();
});

test('an unknown term id shows its words as plain text', () => {
  render(
    <MemoryRouter>
      <p>
        <GlossaryTerm termId="not-a-term" shownText="plain words" />
      </p>
    </MemoryRouter>,
  );
  expect(screen.getByText('plain words')).toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});
