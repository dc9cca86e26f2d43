import { useState } from 'react';
import type { Wording } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getTeachBackForPhase } from '#src/content/journey.ts';
import {
  topicTitleText,
  type TeachingTopic,
} from '#src/content/teaching-topics.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { PresenterText } from './presenter-text.tsx';
import type { Mark } from './session-plan.ts';

type TeachBackPanelProps = {
  /** The topic on screen: its questions come first, its marks are set. */
  topic: TeachingTopic;
  mark: Mark | undefined;
  onMark: (mark: Mark | undefined) => void;
  audience: Wording;
  /** Hidden while the screen faces the family. */
  isHidden: boolean;
};

type TopicMarksProps = {
  title: string;
  mark: Mark | undefined;
  onMark: (mark: Mark | undefined) => void;
};

/**
 * The nurse's marks for the topic on screen: taught, then how the
 * teach-back went. "Teach-back done" and "Review again" each mean taught;
 * pressing a pressed button takes that mark back.
 */
function TopicMarks({ title, mark, onMark }: TopicMarksProps) {
  const buttons: { label: string; isPressed: boolean; next?: Mark }[] = [
    {
      label: t('presenter.markTaught'),
      isPressed: mark !== undefined,
      next: mark ? undefined : 'taught',
    },
    {
      label: t('presenter.markUnderstood'),
      isPressed: mark === 'understood',
      next: mark === 'understood' ? 'taught' : 'understood',
    },
    {
      label: t('presenter.markReview'),
      isPressed: mark === 'review',
      next: mark === 'review' ? 'taught' : 'review',
    },
  ];
  return (
    <div
      className="topic-marks"
      role="group"
      aria-label={t('presenter.marksLabel', { topic: title })}
    >
      {buttons.map(({ label, isPressed, next }) => (
        <button
          key={label}
          type="button"
          className="button"
          aria-pressed={isPressed}
          onClick={() => onMark(next)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * For the nurse: questions that ask the family to explain the phase back in
 * their own words, and what a good answer mentions. The questions about the
 * step on screen come first, under their own heading, and change with it;
 * the rest of the phase's follow. The answers stay hidden until the nurse
 * reveals them, so a family that can see the tablet is not handed the
 * answer beside the question.
 */
export function TeachBackPanel({
  topic,
  mark,
  onMark,
  audience,
  isHidden,
}: TeachBackPanelProps) {
  const all =
    topic.kind === 'step' ? getTeachBackForPhase(topic.step.phaseId) : [];
  const forStep = all.filter((prompt) => prompt.stepIds.includes(topic.id));
  const rest = all.filter((prompt) => !forStep.includes(prompt));
  const [revealedIds, setRevealedIds] = useState<ReadonlySet<string>>(
    () => new Set(),
  );
  const toggle = (id: string) =>
    setRevealedIds((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const list = (prompts: typeof all, labelledBy: string) => (
    <ol className="teach-back-list" aria-labelledby={labelledBy}>
      {prompts.map((prompt) => (
        <li key={prompt.id}>
          <p className="teach-back-prompt">
            <PresenterText text={prompt.prompt} audience={audience} isInline />
          </p>
          <button
            type="button"
            className="button button-quiet teach-back-reveal"
            aria-expanded={revealedIds.has(prompt.id)}
            aria-controls={`listen-for-${prompt.id}`}
            onClick={() => toggle(prompt.id)}
          >
            {revealedIds.has(prompt.id)
              ? t('presenter.hideListenFor')
              : t('presenter.showListenFor')}
          </button>
          <div
            id={`listen-for-${prompt.id}`}
            hidden={!revealedIds.has(prompt.id)}
          >
            <p className="teach-back-listen">{t('presenter.listenFor')}</p>
            <ul>
              {prompt.listenFor.map((point, index) => (
                <li key={index}>
                  <PresenterText text={point} audience={audience} isInline />
                </li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
  return (
    <section
      id="teach-back-panel"
      className="teach-back-panel"
      aria-labelledby="teach-back-title"
      hidden={isHidden}
    >
      <h2 id="teach-back-title">{t('presenter.teachBackTitle')}</h2>
      <TopicMarks
        title={plainText(topicTitleText(topic), audience)}
        mark={mark}
        onMark={onMark}
      />
      {all.length === 0 ? <p>{t('presenter.teachBackOwnWords')}</p> : null}
      {forStep.length > 0 ? (
        <>
          <h3 id="teach-back-step">{t('presenter.teachBackThisStep')}</h3>
          {list(forStep, 'teach-back-step')}
        </>
      ) : null}
      {rest.length > 0 ? (
        <>
          <h3 id="teach-back-phase">{t('presenter.teachBackThisPhase')}</h3>
          {list(rest, 'teach-back-phase')}
        </>
      ) : null}
    </section>
  );
}
