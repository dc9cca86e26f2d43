import type { Step } from '#src/content/schema.ts';
import { getMedicine, getModality, getTest } from '#src/content/journey.ts';
import { PanelLink } from '#src/components/panels/panel-link.tsx';

type StepTreatmentsProps = { step: Step };

function ChipGroup({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div className="chip-group">
      <h3>{title}</h3>
      <ul className="chip-list">{children}</ul>
    </div>
  );
}

/** Treatments, medicines and tests of a step; each chip opens its panel. */
export function StepTreatments({ step }: StepTreatmentsProps) {
  const modalities = step.modalityIds
    .map(getModality)
    .filter((item) => item !== undefined);
  const medicines = step.medicineIds
    .map(getMedicine)
    .filter((item) => item !== undefined);
  const tests = step.testIds.map(getTest).filter((item) => item !== undefined);
  if (modalities.length + medicines.length + tests.length === 0) return null;
  return (
    <section className="step-treatments" aria-labelledby="treatments-title">
      <h2 id="treatments-title">Treatments and tests in this step</h2>
      {modalities.length > 0 ? (
        <ChipGroup title="Treatments">
          {modalities.map((modality) => (
            <li key={modality.id}>
              <PanelLink panel={{ kind: 'modality', id: modality.id }}>
                {modality.name}
              </PanelLink>
            </li>
          ))}
        </ChipGroup>
      ) : null}
      {medicines.length > 0 ? (
        <ChipGroup title="Medicines">
          {medicines.map((medicine) => (
            <li key={medicine.id}>
              <PanelLink panel={{ kind: 'medicine', id: medicine.id }}>
                {medicine.name}
              </PanelLink>
            </li>
          ))}
        </ChipGroup>
      ) : null}
      {tests.length > 0 ? (
        <ChipGroup title="Tests">
          {tests.map((test) => (
            <li key={test.id}>
              <PanelLink panel={{ kind: 'test', id: test.id }}>
                {test.name}
              </PanelLink>
            </li>
          ))}
        </ChipGroup>
      ) : null}
    </section>
  );
}
