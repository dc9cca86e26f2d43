import { formatDate, t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { SourceList } from '#src/components/content/source-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';

type StepSourcesProps = { step: Step };

export function StepSources({ step }: StepSourcesProps) {
  return (
    <>
      <Disclosure title={t('step.sourcesTitle')}>
        <SourceList sourceIds={step.sourceIds} />
      </Disclosure>
      <p className="reviewed">
        {t('step.reviewed', { date: formatDate(step.reviewedAt) })}
      </p>
    </>
  );
}
