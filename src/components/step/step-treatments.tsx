import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { getMedicine, getModality, getTest } from '#src/content/journey.ts';
import { PanelChipList } from '#src/components/panels/panel-chip-list.tsx';
import type { PanelKind } from '#src/components/panels/panel-ref.ts';

type StepTreatmentsProps = { step: Step };
type ChipGroup = {
  title: string;
  kind: PanelKind;
  items: { id: string; name: string }[];
};

/** Treatments, medicines and tests of a step; each chip opens its panel. */
export function StepTreatments({ step }: StepTreatmentsProps) {
  const groups = (
    [
      {
        title: t('step.groupTreatments'),
        kind: 'modality' as const,
        items: step.modalityIds
          .map(getModality)
          .filter((item) => item !== undefined),
      },
      {
        title: t('step.groupMedicines'),
        kind: 'medicine' as const,
        items: step.medicineIds
          .map(getMedicine)
          .filter((item) => item !== undefined),
      },
      {
        title: t('step.groupTests'),
        kind: 'test' as const,
        items: step.testIds.map(getTest).filter((item) => item !== undefined),
      },
    ] satisfies ChipGroup[]
  ).filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="step-treatments" aria-labelledby="treatments-title">
      <h2 id="treatments-title">{t('step.treatmentsTitle')}</h2>
      {groups.map((group) => (
        <div key={group.kind} className="chip-group">
          <h3>{group.title}</h3>
          <PanelChipList kind={group.kind} items={group.items} />
        </div>
      ))}
    </section>
  );
}
