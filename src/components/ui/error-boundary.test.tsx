import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

function Broken(): never {
  throw new Error('broken');
}

test('a failing part shows its fallback while the rest of the page stays', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <>
      <p>Rest of the page</p>
      <ErrorBoundary
        fallback={<p role="alert">This part could not be shown</p>}
      >
        <Broken />
      </ErrorBoundary>
    </>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent(
    'This part could not be shown',
  );
  expect(screen.getByText('Rest of the page')).toBeInTheDocument();
});

test('a new reset key clears a shown error', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const fallback = <p role="alert">Failed</p>;
  const { rerender } = render(
    <ErrorBoundary resetKey="/a" fallback={fallback}>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toBeInTheDocument();
  rerender(
    <ErrorBoundary resetKey="/b" fallback={fallback}>
      <p>Working page</p>
    </ErrorBoundary>,
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText('Working page')).toBeInTheDocument();
});
