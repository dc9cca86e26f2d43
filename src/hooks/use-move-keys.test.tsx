import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { moveForKey, useMoveKeys, type Move } from './use-move-keys.ts';

test('left to right, ArrowRight goes forward and ArrowLeft back', () => {
  expect(moveForKey('ArrowRight', 'ltr')).toBe('next');
  expect(moveForKey('ArrowLeft', 'ltr')).toBe('back');
});

test('right to left, ArrowLeft goes forward and ArrowRight back', () => {
  expect(moveForKey('ArrowLeft', 'rtl')).toBe('next');
  expect(moveForKey('ArrowRight', 'rtl')).toBe('back');
});

test('Home and End jump to the first and last in either direction', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    expect(moveForKey('Home', dir)).toBe('first');
    expect(moveForKey('End', dir)).toBe('last');
  }
});

test('clicker keys move only where they are asked for, and never mirror', () => {
  for (const key of ['PageDown', 'PageUp', ' ']) {
    expect(moveForKey(key, 'ltr')).toBeUndefined();
  }
  for (const dir of ['ltr', 'rtl'] as const) {
    const clicker = { withClickerKeys: true };
    expect(moveForKey('PageDown', dir, clicker)).toBe('next');
    expect(moveForKey(' ', dir, clicker)).toBe('next');
    expect(moveForKey('PageUp', dir, clicker)).toBe('back');
  }
  expect(moveForKey('a', 'ltr', { withClickerKeys: true })).toBeUndefined();
});

function Keys({ onMove }: { onMove: (move: Move) => void }) {
  useMoveKeys(onMove, { withClickerKeys: true });
  return (
    <>
      <label>
        Note
        <input />
      </label>
      <button type="button">Press</button>
    </>
  );
}

test('keys move the page but not while typing, and Space still presses a button', async () => {
  const user = userEvent.setup();
  const onMove = vi.fn();
  render(<Keys onMove={onMove} />);
  await user.keyboard('{ArrowRight}{End}');
  expect(onMove.mock.calls).toEqual([['next'], ['last']]);
  await user.click(screen.getByRole('textbox', { name: 'Note' }));
  await user.keyboard('{ArrowLeft}{Home}');
  expect(onMove).toHaveBeenCalledTimes(2);
  screen.getByRole('button', { name: 'Press' }).focus();
  await user.keyboard(' ');
  expect(onMove).toHaveBeenCalledTimes(2);
  await user.keyboard('{PageDown}');
  expect(onMove).toHaveBeenLastCalledWith('next');
});
