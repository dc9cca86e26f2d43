import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';
import { journey, textFor } from '#src/content/journey.ts';
import { renderRoute } from '#tests/render-route.tsx';
import { JourneyRibbonView } from './journey-ribbon.tsx';
import { ribbonPhases } from './ribbon.ts';

const plain = (text: Parameters<typeof textFor>[0]) =>
  textFor(text, 'adult').replace(/\[\[[^|\]]+\|([^\]]+)\]\]/g, '$1');
const main = ribbonPhases(journey.phases);
const induction = journey.phases.find((phase) => phase.kind === 'treatment')!;
const ending = journey.steps.find(
  (step) =>
    step.phaseId === induction.id &&
    step.id.startsWith(`end-of-${induction.id}`),
)!;

function renderRibbon(props: {
  startDate: string | null;
  today: string;
  hereStepId?: string | null;
}) {
  // The ribbon's invitation may link to My journey: it needs a router.
  const Stub = createRoutesStub([
    {
      path: '/',
      Component: () => (
        <JourneyRibbonView
          audience="adult"
          hereStepId={null}
          addDate="my-journey"
          {...props}
        />
      ),
    },
  ]);
  return render(<Stub />);
}

test('the ribbon is a figure listing every main phase with its duration', () => {
  renderRibbon({ startDate: null, today: '2026-01-15' });
  const figure = screen.getByRole('figure', {
    name: /Your treatment journey, drawn to scale/,
  });
  const items = within(figure).getAllByRole('listitem');
  expect(items).toHaveLength(main.length);
  main.forEach((phase, index) => {
    expect(items[index]).toHaveTextContent(plain(phase.title));
    expect(items[index]).toHaveTextContent(plain(phase.duration.adult.label));
  });
});

test('without a start date the ribbon invites the reader to add one', () => {
  renderRibbon({ startDate: null, today: '2026-01-15' });
  expect(
    screen.getByRole('link', { name: 'Add the day treatment started' }),
  ).toHaveAttribute('href', '/my-journey');
  expect(screen.queryByText(/^Week /)).not.toBeInTheDocument();
  expect(screen.queryByText('Next:')).not.toBeInTheDocument();
});

test('ten days in, the ribbon says the week of induction and the next milestone', () => {
  renderRibbon({ startDate: '2026-01-05', today: '2026-01-15' });
  const { min, max } = induction.duration.adult;
  expect(
    screen.getByText(`Week 2 of about ${min} to ${max}.`, { exact: false }),
  ).toBeInTheDocument();
  const current = screen
    .getAllByRole('listitem')
    .find((item) => item.getAttribute('aria-current') === 'step');
  expect(current).toHaveTextContent(plain(induction.title));
  expect(current).toHaveTextContent('(you are here)');
  expect(current).toHaveTextContent('Start date you gave: Jan 5, 2026.');
  expect(screen.getByText('Next:').closest('p')).toHaveTextContent(
    new RegExp(`^Next: ${plain(ending.title)}, around .*2026\\.$`),
  );
  expect(screen.getByText(/^Dates are rough estimates/)).toHaveTextContent(
    /your team’s plan sets the dates\.$/,
  );
  expect(
    screen.queryByRole('link', { name: 'Add the day treatment started' }),
  ).not.toBeInTheDocument();
});

test('the phase after induction has an estimated start month', () => {
  renderRibbon({ startDate: '2026-01-05', today: '2026-01-15' });
  const following = main[main.indexOf(induction) + 1]!;
  const items = screen.getAllByRole('listitem');
  const item = items.find((li) =>
    li.textContent?.startsWith(plain(following.title)),
  );
  expect(item).toHaveTextContent(/Estimated start: about February 2026\./);
});

test('My journey puts the questions first, then the ribbon, then the situation', async () => {
  renderRoute('/my-journey');
  await screen.findByRole('heading', { level: 1, name: 'My journey' });
  const headings = screen
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
  const at = (name: string) => headings.indexOf(name);
  expect(at('Your questions')).toBe(0);
  expect(at('Your questions')).toBeLessThan(at('Your journey at a glance'));
  expect(at('Your journey at a glance')).toBeLessThan(at('Your situation'));
  expect(at('Your situation')).toBeLessThan(
    at('Keep a copy or move to another device'),
  );
});

test('the invitation on My journey leads to the start date field', async () => {
  const user = userEvent.setup();
  renderRoute('/my-journey');
  const link = await screen.findByRole('link', {
    name: 'Add the day treatment started',
  });
  expect(link).toHaveAttribute('href', '#start-date');
  await user.type(
    screen.getByLabelText('The day treatment started (optional)'),
    '2026-01-05',
  );
  expect(
    screen.queryByRole('link', { name: 'Add the day treatment started' }),
  ).not.toBeInTheDocument();
  expect(
    screen.getByRole('figure', { name: /drawn to scale/ }),
  ).toHaveTextContent('Start date you gave: Jan 5, 2026.');
});

test('the handout gives each question ruled lines for the answer', async () => {
  const user = userEvent.setup();
  const view = renderRoute('/my-journey');
  await user.type(
    await screen.findByRole('textbox', { name: 'Add a question of your own' }),
    'Can we go home between blocks?',
  );
  await user.click(screen.getByRole('button', { name: 'Add question' }));
  view.unmount();
  renderRoute('/my-journey/handout');
  const questions = await screen.findByRole('region', {
    name: 'Questions to ask',
  });
  const item = within(questions).getByRole('listitem');
  expect(item).toHaveTextContent(/^Can we go home between blocks\?Answer:$/);
  expect(
    screen.getByRole('figure', { name: /drawn to scale/ }),
  ).toBeInTheDocument();
});
