/**
 * The glossary page in Spanish, with the Spanish content installed before
 * the app's modules load (they read the page's language when imported).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test, vi } from 'vitest';
import type { LocaleBundle } from '#src/content/locales.ts';
import type { renderRoute as RenderRouteFunction } from '#tests/render-route.tsx';

let renderRoute: typeof RenderRouteFunction;
let spanish: LocaleBundle;

beforeAll(async () => {
  vi.resetModules();
  const data = await import('#src/content/journey-data.ts');
  await data.loadLocale(
    data.getLocales().find((locale) => locale.code === 'es')!,
  );
  spanish = data.getInstalled().bundle;
  ({ renderRoute } = await import('#tests/render-route.tsx'));
});

const plainLower = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test('searching "LLA" in Spanish lists the LLA entry first and skips words like "llamada"', async () => {
  const user = userEvent.setup();
  const ui = spanish.messages.glossary!;
  const glossary = spanish.journey.glossary;
  renderRoute('/glossary');
  await user.type(
    // The first render loads the page's code afresh, in Spanish.
    await screen.findByRole(
      'searchbox',
      { name: ui.searchLabel },
      { timeout: 15_000 },
    ),
    'LLA',
  );
  const leukemia = glossary.find((term) => term.alsoCalled.includes('LLA'))!;
  const byName = screen.getByRole('region', { name: ui.nameMatches });
  expect(within(byName).getAllByRole('term')[0]).toHaveTextContent(
    leukemia.term,
  );
  // Terms whose text has "lla" only inside a word ("llamada", "rodilla").
  const chance = glossary.filter(
    (term) =>
      plainLower(term.definition).includes('lla') &&
      ![term.term, ...term.alsoCalled, term.definition].some((text) =>
        /(^|[^\p{L}\p{N}])lla($|[^\p{L}\p{N}])/u.test(plainLower(text)),
      ),
  );
  expect(chance.length).toBeGreaterThan(0);
  const shown = screen.getAllByRole('term').map((dt) => dt.textContent);
  for (const term of chance) expect(shown).not.toContain(term.term);
}, 30_000);
