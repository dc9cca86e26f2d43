import { currentLocale, formatDate, t } from '#src/content/i18n.ts';
import { getSource } from '#src/content/journey.ts';

type SourceListProps = {
  sourceIds: readonly string[];
  showCheckedDate?: boolean;
};

/**
 * Sources as links with their publisher; they open in a new tab. The cited
 * pages are in English (sources are not translated), so on a page in another
 * language the title is marked as English and followed by a short note.
 */
export function SourceList({
  sourceIds,
  showCheckedDate = false,
}: SourceListProps) {
  const isTitleForeign = currentLocale.code !== 'en';
  const sources = sourceIds
    .map((id) => getSource(id))
    .filter((source) => source !== undefined);
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} rel="noreferrer" target="_blank">
            {isTitleForeign ? (
              <>
                <span lang="en">{source.title}</span>{' '}
                {t('layout.sourceInEnglish')}
              </>
            ) : (
              source.title
            )}
            <span className="visually-hidden">
              {' '}
              {t('layout.sourceOpensNewTab')}
            </span>
          </a>{' '}
          <span className="source-publisher">
            {source.publisher}
            {showCheckedDate
              ? `. ${t('layout.sourceChecked', { date: formatDate(source.accessedAt) })}`
              : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
