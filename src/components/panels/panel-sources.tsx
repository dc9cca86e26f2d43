import { t } from '#src/content/i18n.ts';
import { SourceList } from '#src/components/content/source-list.tsx';

export function PanelSources({ sourceIds }: { sourceIds: readonly string[] }) {
  return (
    <section className="panel-section">
      <h3>{t('panels.sources')}</h3>
      <SourceList sourceIds={sourceIds} />
    </section>
  );
}
