import type { Step } from '#src/content/schema.ts';
import { SourceList } from '#src/components/content/source-list.tsx';
import { formatDate } from '#src/components/ui/format-date.ts';
import { Disclosure } from '#src/components/ui/disclosure.tsx';

type StepSourcesProps = { step: Step };

export function StepSources({ step }: StepSourcesProps) {
  return (
    <>
      <Disclosure title="Sources">
        <SourceList sourceIds={step.sourceIds} />
      </Disclosure>
      <p className="reviewed">
        Reviewed {formatDate(step.reviewedAt)}. This is general information, not
        medical advice: your care team decides, and your plan may differ.
      </p>
    </>
  );
}
