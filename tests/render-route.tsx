import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '#src/app/app-routes.tsx';

/** Renders the real route table at a URL, as a reader would open it. */
export function renderRoute(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
