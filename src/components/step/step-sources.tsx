import type { Step } from '#src/content/schema.ts';
import { getSource } from '#src/content/journey.ts';
import { formatDate } from '#src/components/ui/format-date.ts';
import { Disclosure } from '#src/components/ui/disclosure.tsx';

type StepSourcesProps = { step: Step };

export function StepSources({ step }: StepSourcesProps) {
  const sources = step.sourceIds
    .map((id) => getSource(id))
    .filter((source) => source !== undefined);
  return (
    <>
      <Disclosure title="Sources">
        <ul className="source-list">
          {sources.map((source) => (
            <li key={source.id}>
              <a href={source.url} rel="noreferrer" target="_blank">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>{' '}
              <span className="source-publisher">{source.publisher}</span>
            </li>
          ))}
        </ul>
      </Disclosure>
      <p className="reviewed">
        Reviewed {formatDate(step.reviewedAt)}. This is general information, not
        medical advice: your care team decides, and your plan may differ.
      </p>
    </>
  );
}
