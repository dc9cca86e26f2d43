import { getSource } from '#src/content/journey.ts';

export function PanelSources({ sourceIds }: { sourceIds: readonly string[] }) {
  const sources = sourceIds
    .map(getSource)
    .filter((source) => source !== undefined);
  return (
    <section className="panel-section">
      <h3>Sources</h3>
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
    </section>
  );
}
