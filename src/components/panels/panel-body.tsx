import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { MedicinePanel } from './medicine-panel.tsx';
import { ModalityPanel } from './modality-panel.tsx';
import type { PanelRef } from './panel-ref.ts';
import { TestPanel } from './test-panel.tsx';

type PanelBodyProps = { panel: PanelRef };

const PANELS = {
  modality: ModalityPanel,
  medicine: MedicinePanel,
  test: TestPanel,
} as const;

export function PanelBody({ panel }: PanelBodyProps) {
  const Panel = PANELS[panel.kind];
  return (
    <ErrorBoundary
      fallback={
        <div role="alert">
          <h2 id="panel-title">This detail could not be shown</h2>
          <p>
            Something went wrong with this panel. The rest of the page still
            works.
          </p>
        </div>
      }
    >
      <Panel id={panel.id} />
    </ErrorBoundary>
  );
}
