import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { getPhaseOfStep, journey, textFor } from '#src/content/journey.ts';
import { renderRoute } from './render-route.tsx';

const [first, second] = journey.steps;
/** The main journey: every step but the side paths (transplant, relapse). */
const mainPath = journey.steps.filter(
  (step) => getPhaseOfStep(step).kind !== 'branch',
);
const last = mainPath.at(-1)!;
const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plain = (text: Parameters<typeof textFor>[0]) =>
  textFor(text, DEFAULT_AUDIENCE).replace(/\[\[[^|\]]+\|([^\]]+)\]\]/g, '$1');

test('the overview names every phase of the journey', async () => {
  renderRoute('/');
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: /treatment journey/i,
    }),
  ).toBeInTheDocument();
  const timeline = screen.getByRole('region', {
    name: 'The phases at a glance',
  });
  for (const phase of journey.phases.filter((item) => item.kind !== 'branch')) {
    expect(
      within(timeline).getByRole('heading', { name: plain(phase.title) }),
    ).toBeInTheDocument();
  }
});

test('the CNS prophylaxis lane is labelled with every treatment phase it spans', async () => {
  renderRoute('/');
  const lane = await screen.findByRole('group', { name: /CNS prophylaxis/ });
  const markers = within(lane).getAllByRole('listitem');
  const treatmentPhases = journey.phases.filter(
    (phase) => phase.kind === 'treatment',
  );
  expect(markers).toHaveLength(treatmentPhases.length);
  treatmentPhases.forEach((phase, index) =>
    expect(markers[index]).toHaveTextContent(plain(phase.title)),
  );
});

test('a step page shows its title, phase, position and sources', async () => {
  renderRoute(`/steps/${second!.id}`);
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: plain(second!.title),
    }),
  ).toBeInTheDocument();
  expect(screen.getByText(`Step 2 of ${mainPath.length}`)).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(
    `Step 2 of ${mainPath.length}: ${plain(second!.title)}, ${plain(getPhaseOfStep(second!).title)}`,
  );
  expect(screen.getByRole('button', { name: 'Sources' })).toBeInTheDocument();
});

test('Next moves to the following step and marks it current in the journey list', async () => {
  const user = userEvent.setup();
  renderRoute(`/steps/${first!.id}`);
  await user.click(await screen.findByRole('link', { name: /^Next/ }));
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: plain(second!.title),
    }),
  ).toBeInTheDocument();
  await user.click(
    screen.getByRole('button', { name: 'All steps in the journey' }),
  );
  const journeyNav = screen.getByRole('navigation', {
    name: 'Treatment journey',
  });
  const current = within(journeyNav).getByRole('link', { current: 'step' });
  expect(current).toHaveTextContent(plain(second!.title));
});

test('the right arrow key moves on and the left arrow key moves back', async () => {
  const user = userEvent.setup();
  renderRoute(`/steps/${first!.id}`);
  await screen.findByRole('heading', { level: 1, name: plain(first!.title) });
  await user.keyboard('{ArrowRight}');
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: plain(second!.title),
    }),
  ).toBeInTheDocument();
  await user.keyboard('{End}');
  expect(
    await screen.findByRole('heading', { level: 1, name: plain(last.title) }),
  ).toBeInTheDocument();
  await user.keyboard('{Home}');
  expect(
    await screen.findByRole('heading', { level: 1, name: plain(first!.title) }),
  ).toBeInTheDocument();
});

test('the last step of the main journey offers the overview instead of Next, and signposts the side paths', async () => {
  renderRoute(`/steps/${last.id}`);
  await screen.findByRole('heading', { level: 1, name: plain(last.title) });
  expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Back to overview' }),
  ).toBeInTheDocument();
  const signpost = screen.getByRole('region', { name: 'Side paths from here' });
  const sidePaths = journey.phases.filter((phase) =>
    phase.branchesFrom?.includes(last.phaseId),
  );
  expect(sidePaths.length).toBeGreaterThan(0);
  for (const phase of sidePaths)
    expect(
      within(signpost).getByRole('link', {
        name: `Read about ${plain(phase.title)}`,
      }),
    ).toHaveAttribute(
      'href',
      `/steps/${journey.steps.find((step) => step.phaseId === phase.id)!.id}`,
    );
});

test('an unknown step shows "Step not found" with a way back', async () => {
  renderRoute('/steps/no-such-step');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Step not found' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Go to the overview' }),
  ).toHaveAttribute('href', '/');
});

test('an unknown address shows "Page not found"', async () => {
  renderRoute('/nowhere/at/all');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeInTheDocument();
});

test('a glossary mark opens its definition on click', async () => {
  const user = userEvent.setup();
  const step = journey.steps.find((item) =>
    /\[\[/.test(JSON.stringify(item.sections.whatHappens)),
  )!;
  renderRoute(`/steps/${step.id}`);
  await screen.findByRole('heading', { level: 1, name: plain(step.title) });
  const [termButton] = within(screen.getByRole('article'))
    .getAllByRole('button', {
      expanded: false,
    })
    .filter((button) => button.classList.contains('glossary-term'));
  await user.click(termButton!);
  expect(termButton).toHaveAttribute('aria-expanded', 'true');
  const definition = document.getElementById(
    termButton!.getAttribute('aria-controls')!,
  );
  expect(definition).toBeVisible();
});

test('the glossary search filters terms as you type', async () => {
  const user = userEvent.setup();
  renderRoute('/glossary');
  const search = await screen.findByRole('searchbox', {
    name: 'Search the glossary',
  });
  const target = journey.glossary[0]!;
  await user.type(search, target.term);
  expect(screen.getByText(target.term, { selector: 'dt' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(/of \d+ terms match/);
});

test('a panel named in the URL opens as a labelled dialog', async () => {
  const modality = journey.modalities[0]!;
  renderRoute(`/steps/${first!.id}?panel=modality:${modality.id}`);
  const dialog = await screen.findByRole('dialog', { name: modality.name });
  expect(
    within(dialog).getByRole('button', { name: 'Close panel' }),
  ).toBeInTheDocument();
});

test('a malformed panel parameter is ignored', async () => {
  renderRoute(`/steps/${first!.id}?panel=<script>`);
  await screen.findByRole('heading', { level: 1, name: plain(first!.title) });
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('the about page lists every source with its publisher', async () => {
  renderRoute('/about');
  await screen.findByRole('heading', {
    level: 1,
    name: 'About this information',
  });
  // One query for all links: a role query per source is slow with many.
  const links = screen.getAllByRole('link').map((link) => ({
    href: link.getAttribute('href'),
    name: link.textContent ?? '',
  }));
  for (const source of journey.sources) {
    expect(
      links.some(
        (link) =>
          link.href === source.url && link.name.startsWith(source.title),
      ),
      source.id,
    ).toBe(true);
  }
});

test('after reading a step the overview offers to continue there and marks it read', async () => {
  const user = userEvent.setup();
  renderRoute(`/steps/${second!.id}`);
  await screen.findByRole('heading', { level: 1, name: plain(second!.title) });
  await user.click(screen.getByRole('link', { name: 'Overview' }));
  expect(
    await screen.findByRole('link', {
      name: `Continue where you left off: ${plain(second!.title)}`,
    }),
  ).toBeInTheDocument();
  await user.click(
    screen.getByRole('button', {
      name: 'Every step, the lanes, durations and treatments, as a list',
    }),
  );
  const list = screen.getByRole('navigation', { name: 'Treatment journey' });
  expect(
    within(list).getByRole('link', {
      name: new RegExp(`^Read:\\s*${escapeRegExp(plain(second!.title))}$`),
    }),
  ).toBeInTheDocument();
});

test('choosing a child changes the wording to speak to parents', async () => {
  const user = userEvent.setup();
  const phase = journey.phases.find((item) => typeof item.title !== 'string')!;
  renderRoute('/');
  await user.click(
    await screen.findByRole('button', { name: 'Answer 4 short questions' }),
  );
  await user.click(await screen.findByRole('radio', { name: /^A child/ }));
  const timeline = screen.getByRole('region', {
    name: 'The phases at a glance',
  });
  expect(
    within(timeline).getByRole('heading', {
      name: textFor(phase.title, 'child'),
    }),
  ).toBeInTheDocument();
});
