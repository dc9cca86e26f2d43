import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { panelSearch, type PanelRef } from './panel-ref.ts';

type PanelLinkProps = {
  panel: PanelRef;
  children: ReactNode;
  className?: string;
};

/** Opens a detail panel on the current page; the URL names the panel. */
export function PanelLink({
  panel,
  children,
  className = 'chip',
}: PanelLinkProps) {
  return (
    <Link
      className={className}
      to={{ search: panelSearch(panel) }}
      state={{ isPanelFromApp: true }}
      aria-haspopup="dialog"
    >
      {children}
    </Link>
  );
}
