import { Link, useParams } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getCareTopicById } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import {
  CareTopicList,
  CareTopicView,
} from '#src/components/safety/care-topics.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function CareRoute() {
  useDocumentTitle(t('safety.careTitle'));
  return <CareTopicList />;
}

export function CareTopicRoute() {
  const { topicId } = useParams();
  const topic = getCareTopicById(topicId);
  const plain = usePlainText();
  useDocumentTitle(topic ? plain(topic.title) : t('safety.topicNotFoundTitle'));
  if (!topic) {
    return (
      <div className="page page-narrow">
        <h1>{t('safety.topicNotFoundTitle')}</h1>
        <p>{t('safety.topicNotFoundText', { topicId: topicId ?? '' })}</p>
        <p>
          <Link className="button button-primary" to={paths.care.getHref()}>
            {t('safety.goToCare')}
          </Link>
        </p>
      </div>
    );
  }
  return <CareTopicView key={topic.id} topic={topic} />;
}
