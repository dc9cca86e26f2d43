import { SourceList } from '#src/components/content/source-list.tsx';

export function PanelSources({ sourceIds }: { sourceIds: readonly string[] }) {
  return (
    <section className="panel-section">
      <h3>Sources</h3>
      <SourceList sourceIds={sourceIds} />
    </section>
  );
}
