import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { formatDate, t, type MessageKey } from '#src/content/i18n.ts';
import type { CareTopic, TeachingTime } from '#src/content/schema.ts';
import { getCareTopics, getWarningSigns } from '#src/content/journey.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { SourceList } from '#src/components/content/source-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { ListenControls } from '#src/components/listen/listen-controls.tsx';
import { readCareTopicAloud } from '#src/components/listen/speech-text.ts';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import { WarningSigns } from './warning-signs.tsx';

/** When nurses usually teach a topic, in teaching order. */
export const TEACHING_TIMES: readonly [TeachingTime, MessageKey][] = [
  ['first-discharge', 'safety.teachingTimeFirstDischarge'],
  ['first-month', 'safety.teachingTimeFirstMonth'],
  ['before-end', 'safety.teachingTimeBeforeEnd'],
];

/** The care-at-home topics, grouped by when they are usually taught. */
export function CareTopicList() {
  const topics = getCareTopics();
  return (
    <div className="page page-narrow care-page">
      <h1>{t('safety.careTitle')}</h1>
      <p>{t('safety.careIntro')}</p>
      <p>
        <Link className="when-to-call-link" to={paths.whenToCall.getHref()}>
          {t('safety.whenToCallLink')}
        </Link>
      </p>
      {TEACHING_TIMES.map(([time, label]) => {
        const inTime = topics.filter((topic) => topic.teachingTime === time);
        if (inTime.length === 0) return null;
        return (
          <section key={time} aria-labelledby={`care-${time}`}>
            <h2 id={`care-${time}`}>{t(label)}</h2>
            <ul className="care-topic-list">
              {inTime.map((topic) => (
                <li key={topic.id}>
                  <Link to={paths.careTopic.getHref(topic.id)}>
                    <Prose
                      text={topic.title}
                      isInline
                      hasGlossaryLinks={false}
                    />
                  </Link>
                  <span className="care-topic-summary">
                    <Prose
                      text={topic.summary}
                      isInline
                      hasGlossaryLinks={false}
                    />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** One care topic: its text, its warning signs, who to call, its sources. */
export function CareTopicView({ topic }: { topic: CareTopic }) {
  const time = TEACHING_TIMES.find(([value]) => value === topic.teachingTime);
  return (
    <article
      className="page page-narrow care-topic"
      aria-labelledby="topic-title"
    >
      <p className="care-topic-time">
        {time ? t(time[1]) : null}
        <ListenControls read={readCareTopicAloud} />
      </p>
      <h1 id="topic-title" tabIndex={-1}>
        <Prose text={topic.title} isInline hasGlossaryLinks={false} />
      </h1>
      <div className="step-summary">
        <Prose text={topic.summary} />
      </div>
      <Prose text={topic.body} />
      {topic.warningSetIds.length > 0 ? (
        <Disclosure
          title={t('safety.topicWarningSigns')}
          tone="urgent"
          isInitiallyOpen
        >
          <WarningSigns
            groups={getWarningSigns({ warningSetIds: topic.warningSetIds })}
          />
          <UnitContacts />
        </Disclosure>
      ) : null}
      <p>
        <Link className="when-to-call-link" to={paths.whenToCall.getHref()}>
          {t('safety.whenToCallLink')}
        </Link>
      </p>
      <Disclosure title={t('step.sourcesTitle')}>
        <SourceList sourceIds={topic.sourceIds} />
      </Disclosure>
      <p className="reviewed">
        {t('step.reviewed', { date: formatDate(topic.reviewedAt) })}
      </p>
      <p>
        <Link to={paths.care.getHref()}>{t('safety.allTopics')}</Link>
      </p>
    </article>
  );
}
