import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { plainText } from '#src/components/content/prose.tsx';
import { journey } from '#src/content/journey.ts';
import { MAX_PLAN_TOPICS } from '#src/content/teaching-topics.ts';
import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { renderRoute } from '#tests/render-route.tsx';

const [firstStep, secondStep] = journey.steps;
const [careTopic] = journey.careTopics;
// A step whose title has child wording, so the test sees the choice.
const childStep = journey.steps.find((step) => typeof step.title !== 'string')!;
const UNREADABLE = /list of topics could not be read/;

test('topics to go over again come first and are flagged in words', async () => {
  const user = userEvent.setup();
  renderRoute(
    `/recap?taught=${firstStep!.id}.${careTopic!.id}&review=${secondStep!.id}`,
  );
  const review = await screen.findByRole('region', {
    name: 'To go over again',
  });
  expect(
    within(review).getByRole('link', {
      name: plainText(secondStep!.title, DEFAULT_AUDIENCE),
    }),
  ).toHaveAttribute('href', `/steps/${secondStep!.id}`);
  expect(within(review).getByText('Go over again')).toBeVisible();
  const covered = screen.getByRole('region', { name: 'Covered' });
  expect(
    within(covered)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')),
  ).toEqual([`/steps/${firstStep!.id}`, `/care/${careTopic!.id}`]);
  expect(within(covered).queryByText('Go over again')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Save to My journey' }));
  expect(screen.getByRole('status')).toHaveTextContent('Saved to My journey.');
  expect(
    within(screen.getByRole('status')).getByRole('link', {
      name: 'Open My journey',
    }),
  ).toHaveAttribute('href', '/my-journey');
});

test('a recap for a child uses the child wording', async () => {
  renderRoute(`/recap?who=child&taught=${childStep.id}`);
  expect(
    await screen.findByRole('link', {
      name: plainText(childStep.title, 'child'),
    }),
  ).toBeVisible();
});

test.each([
  ['not a list', 'taught=%3Cscript%3E'],
  [
    'too many topics',
    `taught=${journey.steps
      .slice(0, MAX_PLAN_TOPICS)
      .map((step) => step.id)
      .join('.')}&review=${careTopic!.id}`,
  ],
])('a link that is %s says so and offers nothing to save', async (_, query) => {
  renderRoute(`/recap?${query}`);
  expect(await screen.findByText(UNREADABLE)).toBeVisible();
  expect(
    screen.getByRole('link', { name: 'Go to the overview' }),
  ).toHaveAttribute('href', '/');
  expect(
    screen.queryByRole('button', { name: 'Save to My journey' }),
  ).not.toBeInTheDocument();
});

test('unknown topics are counted; the known ones are still shown', async () => {
  renderRoute(`/recap?taught=${firstStep!.id}.no-such-topic.nor-this`);
  expect(
    await screen.findByText(
      '2 topics from this link are not in this version of the guide.',
    ),
  ).toBeVisible();
  expect(
    screen.getByRole('link', {
      name: plainText(firstStep!.title, DEFAULT_AUDIENCE),
    }),
  ).toBeVisible();
  expect(
    screen.getByRole('button', { name: 'Save to My journey' }),
  ).toBeVisible();
});

test('a link without topics says so', async () => {
  renderRoute('/recap?stage=newly-diagnosed');
  expect(
    await screen.findByText(/This link does not list any topics/),
  ).toBeVisible();
  expect(screen.queryByText(UNREADABLE)).not.toBeInTheDocument();
});

test('a saved recap shows on My journey, newest day first', async () => {
  const user = userEvent.setup();
  renderRoute(`/recap?review=${firstStep!.id}`);
  await user.click(
    await screen.findByRole('button', { name: 'Save to My journey' }),
  );
  await user.click(screen.getByRole('link', { name: 'Open My journey' }));
  const taught = await screen.findByRole('region', { name: 'Topics taught' });
  expect(
    within(taught).getByRole('link', {
      name: plainText(firstStep!.title, DEFAULT_AUDIENCE),
    }),
  ).toBeVisible();
  expect(within(taught).getByText('Go over again')).toBeVisible();
});

test('My journey has no "Topics taught" until a recap is saved', async () => {
  renderRoute('/my-journey');
  await screen.findByRole('heading', { level: 1, name: 'My journey' });
  expect(
    screen.queryByRole('region', { name: 'Topics taught' }),
  ).not.toBeInTheDocument();
});
