import { DEFAULT_AUDIENCE } from '#src/state/reader-audience.ts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { getStepsInPhase, journey, textFor } from '#src/content/journey.ts';
import { renderRoute } from '#tests/render-route.tsx';
import { STAGE_LABELS } from './situation-labels.ts';

const plain = (text: Parameters<typeof textFor>[0]) =>
  textFor(text, DEFAULT_AUDIENCE).replace(/\[\[[^|\]]+\|([^\]]+)\]\]/g, '$1');

test('the situation picker is offered on a first visit and can be skipped', async () => {
  const user = userEvent.setup();
  renderRoute('/');
  await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
  expect(screen.getByText('Showing the full general journey.')).toBeVisible();
  expect(
    screen.queryByRole('group', { name: 'Where do things stand now?' }),
  ).not.toBeInTheDocument();
});

test('choosing where things stand folds only the side-path steps that do not fit', async () => {
  const user = userEvent.setup();
  const stage = 'finished-treatment';
  renderRoute('/');
  await user.click(
    await screen.findByRole('button', { name: 'Answer 4 short questions' }),
  );
  await user.click(
    await screen.findByRole('radio', { name: STAGE_LABELS[stage] }),
  );
  await user.click(
    screen.getByRole('button', {
      name: 'Every step, the lanes, durations and treatments, as a list',
    }),
  );
  const list = screen.getByRole('navigation', { name: 'Treatment journey' });
  // Main-journey steps before "finished" lie behind the reader, not "may
  // apply"; only side-path steps for other stages fold.
  const expected = journey.phases
    .map((phase) =>
      phase.kind !== 'branch'
        ? 0
        : getStepsInPhase(phase.id).filter(
            (step) => !step.situations.includes(stage),
          ).length,
    )
    .filter((count) => count > 0)
    .map((count) =>
      count === 1
        ? '1 step that may apply — ask your team'
        : `${count} steps that may apply — ask your team`,
    );
  expect(
    // <summary> has no role to query by.
    [...list.querySelectorAll('summary')].map((item) => item.textContent),
  ).toEqual(expected);
});

test('a note is kept as typed and shown as text, never as markup', async () => {
  const user = userEvent.setup();
  const step = journey.steps[0]!;
  const note = '<img src=x onerror="alert(1)"> <b>bold?</b>';
  const view = renderRoute(`/steps/${step.id}`);
  await user.type(
    await screen.findByRole('textbox', { name: 'Your note for this step' }),
    note.replace(/[{[]/g, '$&$&'),
  );
  view.unmount();
  renderRoute('/my-journey/handout');
  expect(await screen.findByText(note)).toBeInTheDocument();
  expect(screen.getByText(plain(step.title))).toBeInTheDocument();
  expect(document.querySelector('img[src="x"]')).toBeNull();
  expect(document.querySelector('b')).toBeNull();
});

test('ticked questions appear on My journey', async () => {
  const user = userEvent.setup();
  const step = journey.steps.find((item) => item.questionIds.length > 0)!;
  const question = journey.questions.find(
    (item) => item.id === step.questionIds[0],
  )!;
  const view = renderRoute(`/steps/${step.id}`);
  await user.click(
    await screen.findByRole('button', {
      name: /Questions to ask your care team/,
    }),
  );
  await user.click(
    screen.getByRole('checkbox', { name: plain(question.text) }),
  );
  view.unmount();
  renderRoute('/my-journey');
  expect(
    await screen.findByRole('checkbox', { name: plain(question.text) }),
  ).toBeChecked();
});

test('when storage is full the reader is told and the typed note stays on screen', async () => {
  const user = userEvent.setup();
  const step = journey.steps[0]!;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key === 'all-journey') {
      throw new DOMException('full', 'QuotaExceededError');
    }
    setItem.call(this, key, value);
  };
  try {
    renderRoute(`/steps/${step.id}`);
    const note = await screen.findByRole('textbox', {
      name: 'Your note for this step',
    });
    await user.type(note, 'kept on screen');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be saved/,
    );
    expect(note).toHaveValue('kept on screen');
  } finally {
    Storage.prototype.setItem = setItem;
  }
});
