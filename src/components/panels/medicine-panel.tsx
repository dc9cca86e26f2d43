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
      <p className="panel-kind">Medicine</p>
      <h2 id="panel-title">{medicine.name}</h2>
      {medicine.brandNames.length > 0 ? (
        <p>Brand name: {medicine.brandNames.join(', ')}</p>
      ) : null}
      <PanelSection title="What it is" text={medicine.what} />
      <PanelSection title="What it is used for" text={medicine.usedFor} />
      <PanelSection title="Possible side effects" text={medicine.sideEffects} />
      <PanelSection title="Good to know" text={medicine.note} />
      <section className="panel-section">
        <h3>Type of treatment</h3>
        <PanelChipList kind="modality" items={modalities} />
      </section>
      <PanelSources sourceIds={medicine.sourceIds} />
    </>
  );
}
