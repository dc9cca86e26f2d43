import { PANEL_KINDS, type PanelKind } from '#src/content/panel-kinds.ts';

export type { PanelKind } from '#src/content/panel-kinds.ts';

/** What a detail panel shows, as written in the URL: `?panel=kind:id`. */
export type PanelRef = { kind: PanelKind; id: string };

export const PANEL_PARAM = 'panel';
const PANEL_PATTERN = new RegExp(
  `^(${PANEL_KINDS.join('|')}):([a-z0-9]+(?:-[a-z0-9]+)*)$`,
);

/** Reads the panel parameter; anything malformed is ignored. */
export function parsePanelRef(value: string | null): PanelRef | undefined {
  const match = value ? PANEL_PATTERN.exec(value) : null;
  return match ? { kind: match[1] as PanelKind, id: match[2]! } : undefined;
}

export function panelSearch(ref: PanelRef) {
  return `?${PANEL_PARAM}=${ref.kind}:${ref.id}`;
}
