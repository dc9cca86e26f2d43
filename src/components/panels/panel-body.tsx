import type { ReactNode } from 'react';
import { t } from '#src/content/i18n.ts';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { ListenControls } from '#src/components/listen/listen-controls.tsx';
import { readPanelAloud } from '#src/components/listen/speech-text.ts';
import { MedicinePanel } from './medicine-panel.tsx';
import { ModalityPanel } from './modality-panel.tsx';
import type { PanelKind, PanelRef } from './panel-ref.ts';
import { TestPanel } from './test-panel.tsx';

type PanelBodyProps = { panel: PanelRef };

/** One component per panel kind (the kinds are in content/panel-kinds.ts). */
const PANELS = {
  modality: ModalityPanel,
  medicine: MedicinePanel,
  test: TestPanel,
} satisfies Record<PanelKind, (props: { id: string }) => ReactNode>;

export function PanelBody({ panel }: PanelBodyProps) {
  const Panel = PANELS[panel.kind];
  return (
    <ErrorBoundary
      fallback={
        <div role="alert">
          <h2 id="panel-title">{t('panels.errorTitle')}</h2>
          <p>{t('panels.errorText')}</p>
        </div>
      }
    >
      <ListenControls read={readPanelAloud} />
      <Panel id={panel.id} />
    </ErrorBoundary>
  );
}
