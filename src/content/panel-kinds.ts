/**
 * The kinds of detail panel and the collection each one shows, as written
 * in the URL (`?panel=medicine:vincristine`). Browser code reads this
 * table, so it holds no schemas and never imports zod; `collections.ts`
 * names the same kind on each collection, and a test keeps the two alike.
 */
export const PANEL_COLLECTIONS = {
  modality: 'modalities',
  medicine: 'medicines',
  test: 'tests',
} as const;

export type PanelKind = keyof typeof PANEL_COLLECTIONS;

export const PANEL_KINDS = Object.keys(PANEL_COLLECTIONS) as PanelKind[];
