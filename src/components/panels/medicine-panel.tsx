import { t } from '#src/content/i18n.ts';
import { getMedicine, getModality } from '#src/content/journey.ts';
import { PanelChipList } from './panel-chip-list.tsx';
import { PanelNotFound } from './panel-not-found.tsx';
import { PanelSection } from './panel-section.tsx';
import { PanelSources } from './panel-sources.tsx';

export function MedicinePanel({ id }: { id: string }) {
  const medicine = getMedicine(id);
  if (!medicine) return <PanelNotFound id={id} />;
  const modalities = medicine.modalityIds
    .map(getModality)
    .filter((item) => item !== undefined);
  return (
    <>
      <p className="panel-kind">{t('panels.kindMedicine')}</p>
      <h2 id="panel-title">{medicine.name}</h2>
      {medicine.brandNames.length > 0 ? (
        <p>
          {t('panels.brandName', { names: medicine.brandNames.join(', ') })}
        </p>
      ) : null}
      <PanelSection title={t('panels.whatItIs')} text={medicine.what} />
      <PanelSection title={t('panels.usedFor')} text={medicine.usedFor} />
      <PanelSection
        title={t('panels.sideEffects')}
        text={medicine.sideEffects}
      />
      <PanelSection title={t('panels.goodToKnow')} text={medicine.note} />
      <section className="panel-section">
        <h3>{t('panels.typeOfTreatment')}</h3>
        <PanelChipList kind="modality" items={modalities} />
      </section>
      <PanelSources sourceIds={medicine.sourceIds} />
    </>
  );
}
