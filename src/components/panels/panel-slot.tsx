import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { PANEL_PARAM, parsePanelRef } from './panel-ref.ts';

const DetailPanelHost = lazy(async () => ({
  default: (await import('./detail-panel-host.tsx')).DetailPanelHost,
}));

/** Loads the panel code only when the URL names a panel. */
export function PanelSlot() {
  const [searchParams] = useSearchParams();
  if (!parsePanelRef(searchParams.get(PANEL_PARAM))) return null;
  return (
    <Suspense fallback={null}>
      <DetailPanelHost />
    </Suspense>
  );
}
