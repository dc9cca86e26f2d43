import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { getStepsInPhase, journey, textFor } from '#src/content/journey.ts';
import { renderRoute } from '#tests/render-route.tsx';

const phase = journey.phases[1]!;
const [first, second] = getStepsInPhase(phase.id).filter(
  (step) => step.audience !== 'child',
);

test('clicker keys move through the screens and the progress bar follows', async () => {
  const user = userEvent.setup();
  renderRoute(`/present/${first!.id}?who=adult&screen=0`);
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: textFor(first!.title),
    }),
  ).toBeInTheDocument();
  const progress = screen.getByRole('progressbar');
  expect(progress).toHaveAttribute('value', '1');
  await user.keyboard('{PageDown}');
  expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
  await user.keyboard('{PageUp}');
  expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
});

test('Next on the last screen of a step goes to the next step of the phase', async () => {
  const user = userEvent.setup();
  const last = Object.keys(first!.sections).length;
  renderRoute(`/present/${first!.id}?who=adult&screen=${last}`);
  await user.click(await screen.findByRole('button', { name: /^Next/ }));
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: textFor(second!.title),
    }),
  ).toBeInTheDocument();
});

test('a bedside session writes nothing to storage', async () => {
  const user = userEvent.setup();
  renderRoute(`/present/${first!.id}`);
  await user.click(await screen.findByRole('radio', { name: /A child/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.keyboard('{ArrowRight}{ArrowRight}');
  await user.click(screen.getByRole('button', { name: 'Show teach-back' }));
  await user.click(screen.getByRole('button', { name: 'End session' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Bedside mode' }),
  ).toBeInTheDocument();
  expect(localStorage.length).toBe(0);
  expect(sessionStorage.length).toBe(0);
});

test('an unknown step offers a way back to the start of bedside mode', async () => {
  renderRoute('/present/not-a-real-step');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Step not found' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Start bedside mode again' }),
  ).toHaveAttribute('href', '/present');
});
