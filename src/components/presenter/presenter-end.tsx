import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { knownTopics, topicTitleText } from '#src/content/teaching-topics.ts';
import { plainText } from '#src/components/content/prose.tsx';
import {
  audienceOf,
  getSessionSteps,
  sessionSearch,
  type SessionSettings,
} from './presenter-session.ts';
import type { Mark, Marks } from './session-plan.ts';

type PresenterEndProps = {
  topicIds: readonly string[];
  plan: readonly string[] | null;
  marks: Marks;
  settings: SessionSettings;
  /** The session's name: today's topics, or the phase. */
  title: string;
  onHandOff: () => void;
  onEnd: () => void;
};

/** The next phase in journey order that has steps for this situation. */
function findNextPhase(phaseId: string, settings: SessionSettings) {
  const index = journey.phases.findIndex((phase) => phase.id === phaseId);
  return journey.phases
    .slice(index + 1)
    .filter((phase) => phase.kind !== 'branch')
    .find((phase) => getSessionSteps(phase.id, settings).length > 0);
}

function markLabels(): Record<Mark, string> {
  return {
    taught: t('presenter.markedTaught'),
    understood: t('presenter.markedUnderstood'),
    review: t('presenter.markedReview'),
  };
}

/**
 * The end of a session: what it covered and how each topic went, then the
 * hand-off to the family's phone. A session through one phase can go on to
 * the next one.
 */
export function PresenterEnd({
  topicIds,
  plan,
  marks,
  settings,
  title,
  onHandOff,
  onEnd,
}: PresenterEndProps) {
  const audience = audienceOf(settings);
  const [isListOpen, setIsListOpen] = useState(false);
  const topics = knownTopics(topicIds);
  const [first] = topics;
  const phaseId = !plan && first?.kind === 'step' ? first.step.phaseId : null;
  const nextPhase = phaseId ? findNextPhase(phaseId, settings) : undefined;
  const nextStep = nextPhase
    ? getSessionSteps(nextPhase.id, settings)[0]
    : undefined;
  const labels = markLabels();
  const count = (kinds: readonly Mark[]) =>
    topics.filter((topic) => kinds.includes(marks[topic.id]!)).length;
  const hasMarks = count(['taught', 'understood', 'review']) > 0;
  return (
    <>
      <p className="presenter-kicker">{title}</p>
      <h1 id="presenter-heading" tabIndex={-1}>
        {plan ? t('presenter.endPlanTitle') : t('presenter.endTitle')}
      </h1>
      <div className="presenter-body">
        <p>
          {plan
            ? t('presenter.endPlanText', { count: topics.length })
            : t('presenter.endText', { count: topics.length, phase: title })}
        </p>
      </div>
      {/* Folded, so the end screen fits above the controls whatever the
          number of topics; the counts say at a glance what is left. The
          list is drawn only when open (Chrome lays out closed content). */}
      <details
        className="presenter-end-topics"
        onToggle={(event) => setIsListOpen(event.currentTarget.open)}
      >
        <summary>
          {t('presenter.markCounts', {
            taught: count(['taught', 'understood', 'review']),
            review: count(['review']),
            unmarked: topics.length - count(['taught', 'understood', 'review']),
          })}
        </summary>
        {isListOpen ? (
          <ul>
            {topics.map((topic) => {
              const mark = marks[topic.id];
              return (
                <li key={topic.id}>
                  {plainText(topicTitleText(topic), audience)}
                  {': '}
                  <strong>
                    {mark ? labels[mark] : t('presenter.markedNotYet')}
                  </strong>
                </li>
              );
            })}
          </ul>
        ) : null}
      </details>
      <p className="presenter-end-actions">
        {nextPhase && nextStep ? (
          <Link
            className="button presenter-big"
            to={paths.present.getHref(nextStep.id, sessionSearch(settings, 0))}
          >
            {t('presenter.goOnTo', {
              phase: plainText(nextPhase.title, audience),
            })}
          </Link>
        ) : null}
        <button
          type="button"
          className={`button presenter-big${hasMarks ? ' button-primary' : ''}`}
          onClick={onHandOff}
        >
          {t('presenter.handOffButton')}
        </button>
        <button type="button" className="button presenter-big" onClick={onEnd}>
          {t('presenter.endSession')}
        </button>
      </p>
    </>
  );
}
