import { t } from '#src/content/i18n.ts';
import { getMedicinesForModality, getModality } from '#src/content/journey.ts';
import { PanelChipList } from './panel-chip-list.tsx';
import { PanelNotFound } from './panel-not-found.tsx';
import { PanelSection } from './panel-section.tsx';
import { PanelSources } from './panel-sources.tsx';

export function ModalityPanel({ id }: { id: string }) {
  const modality = getModality(id);
  if (!modality) return <PanelNotFound id={id} />;
  const medicines = getMedicinesForModality(modality.id);
  return (
    <>
      <p className="panel-kind">{t('panels.kindTreatment')}</p>
      <h2 id="panel-title">{modality.name}</h2>
      <PanelSection title={t('panels.inShort')} text={modality.summary} />
      <PanelSection
        title={t('panels.howItWorks')}
        text={modality.description}
      />
      <PanelSection
        title={t('panels.sideEffects')}
        text={modality.sideEffects}
      />
      {medicines.length > 0 ? (
        <section className="panel-section">
          <h3>{t('panels.medicines')}</h3>
          <PanelChipList kind="medicine" items={medicines} />
        </section>
      ) : null}
      <PanelSources sourceIds={modality.sourceIds} />
    </>
  );
}
