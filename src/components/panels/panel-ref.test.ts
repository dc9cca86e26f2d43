import { expect, test } from 'vitest';
import { PANEL_KINDS } from '#src/content/panel-kinds.ts';
import { PANEL_PARAM, panelSearch, parsePanelRef } from './panel-ref.ts';

function roundTrip(search: string) {
  return parsePanelRef(new URLSearchParams(search).get(PANEL_PARAM));
}

test('a panel link of every kind reads back as the same panel', () => {
  for (const kind of PANEL_KINDS) {
    const ref = { kind, id: 'some-item' };
    expect(roundTrip(panelSearch(ref))).toEqual(ref);
  }
});

test('a panel of an unknown kind or a malformed id is ignored', () => {
  expect(roundTrip(`?${PANEL_PARAM}=phase:induction`)).toBeUndefined();
  expect(
    roundTrip(`?${PANEL_PARAM}=${PANEL_KINDS[0]}:Not_A_Slug`),
  ).toBeUndefined();
});
