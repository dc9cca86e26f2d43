import { getSource } from '#src/content/journey.ts';
import { formatDate } from '#src/components/ui/format-date.ts';

type SourceListProps = {
  sourceIds: readonly string[];
  showCheckedDate?: boolean;
};

/** Sources as links with their publisher; they open in a new tab. */
export function SourceList({
  sourceIds,
  showCheckedDate = false,
}: SourceListProps) {
  const sources = sourceIds
    .map((id) => getSource(id))
    .filter((source) => source !== undefined);
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} rel="noreferrer" target="_blank">
            {source.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>{' '}
          <span className="source-publisher">
            {source.publisher}
            {showCheckedDate
              ? `. Checked ${formatDate(source.accessedAt)}.`
              : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
