import { formatDate, t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { SourceList } from '#src/components/content/source-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { getWarningSourceIds } from '#src/content/journey.ts';

type StepSourcesProps = { step: Step };

export function StepSources({ step }: StepSourcesProps) {
  return (
    <>
      <Disclosure title={t('step.sourcesTitle')}>
        {/* The step's own sources, then those of its warning signs. */}
        <SourceList
          sourceIds={[
            ...new Set([...step.sourceIds, ...getWarningSourceIds(step)]),
          ]}
        />
      </Disclosure>
      <p className="reviewed">
        {t('step.reviewed', { date: formatDate(step.reviewedAt) })}
      </p>
    </>
  );
}
