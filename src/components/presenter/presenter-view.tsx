import { useSwipe } from '#src/hooks/use-swipe.ts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { getPhaseById } from '#src/content/journey.ts';
import { t } from '#src/content/i18n.ts';
import { LanguageSwitch } from '#src/components/layout/language-switch.tsx';
import { useFocusOnChange } from '#src/hooks/use-focus-on-change.ts';
import { useMoveKeys, type Move } from '#src/hooks/use-move-keys.ts';
import { getTeachingTopic } from '#src/content/teaching-topics.ts';
import { HandOffDialog } from './hand-off-dialog.tsx';
import { PresenterEnd } from './presenter-end.tsx';
import { PresenterScreen } from './presenter-screen.tsx';
import { audienceOf, type SessionSettings } from './presenter-session.ts';
import { handOffLink } from './hand-off-link.ts';
import {
  getPlanScreens,
  planSearch,
  type Mark,
  type Marks,
} from './session-plan.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { TeachBackPanel } from './teach-back-panel.tsx';

type PresenterViewProps = {
  /** The topic on screen (a step or a care topic). */
  topicId: string;
  /** The session's topics, in order. */
  topicIds: readonly string[];
  /** The plan in the address; null for a session through one phase. */
  plan: readonly string[] | null;
  marks: Marks;
  settings: SessionSettings;
  /** The screen of the topic shown, or the end of the session. */
  screen: number | 'end';
};

/** A bedside session: its topics, one idea per screen, big controls. */
export function PresenterView({
  topicId,
  topicIds,
  plan,
  marks,
  settings,
  screen,
}: PresenterViewProps) {
  const navigate = useNavigate();
  const [isTeachBackShown, setIsTeachBackShown] = useState(false);
  const [isHandOffOpen, setIsHandOffOpen] = useState(false);
  const audience = audienceOf(settings);
  const screens = getPlanScreens(topicIds, settings);
  const total = screens.length;
  const isEnd = screen === 'end';
  const found = screens.findIndex(
    (entry) => entry.topicId === topicId && entry.index === screen,
  );
  // A screen number past the topic's last (e.g. after leaving "more
  // detail") shows the topic's last screen.
  const fallback = screens.filter((entry) => entry.topicId === topicId).at(-1);
  const position = isEnd
    ? total
    : found >= 0
      ? found
      : fallback
        ? screens.indexOf(fallback)
        : 0;
  const current = isEnd ? undefined : screens[position];
  const currentTopic = getTeachingTopic(current?.topicId ?? topicId);
  useFocusOnChange(`${topicId}:${screen}`, 'presenter-heading');

  function goTo(
    index: number | 'end',
    nextSettings = settings,
    nextMarks = marks,
  ) {
    const list =
      nextSettings === settings
        ? screens
        : getPlanScreens(topicIds, nextSettings);
    const isLast = index === 'end' || index >= list.length;
    const target = isLast ? list.at(-1) : list[Math.max(0, index)];
    if (!target) return;
    void navigate(
      paths.present.getHref(
        target.topicId,
        planSearch(
          nextSettings,
          isLast ? 'end' : target.index,
          plan,
          nextMarks,
        ),
      ),
      // A mark changes the address, not the screen: Back leaves the screen.
      { replace: nextMarks !== marks },
    );
  }

  function move(direction: Move) {
    if (direction === 'next' && !isEnd) goTo(position + 1);
    if (direction === 'back' && position > 0) goTo(position - 1);
    if (direction === 'first') goTo(0);
    if (direction === 'last') goTo('end');
  }

  function setMark(id: string, mark: Mark | undefined) {
    const next = { ...marks };
    if (mark) next[id] = mark;
    else delete next[id];
    goTo(isEnd ? 'end' : position, settings, next);
  }

  function toggleLayer() {
    const nextSettings: SessionSettings = {
      ...settings,
      layer: settings.layer === 'detail' ? 'plain' : 'detail',
    };
    if (isEnd || !current) {
      goTo('end', nextSettings);
      return;
    }
    // Stay on the same topic; its screen list may be one shorter or longer.
    const nextScreens = getPlanScreens(topicIds, nextSettings);
    const sameTopic = nextScreens.filter(
      (item) => item.topicId === current.topicId,
    );
    const target =
      sameTopic.find((item) => item.index === current.index) ??
      sameTopic.at(-1);
    goTo(target ? nextScreens.indexOf(target) : 0, nextSettings);
  }

  function endSession() {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    void navigate(paths.presentStart.getHref());
  }

  // Clickers send PageDown, PageUp and Space as well as the arrows.
  useMoveKeys(move, { withClickerKeys: true });
  const swipeHandlers = useSwipe(move);
  const phase =
    currentTopic?.kind === 'step'
      ? getPhaseById(currentTopic.step.phaseId)
      : undefined;
  // A plan names today's topics; a phase session names its phase.
  const sessionTitle =
    plan || !phase
      ? t('presenter.planTitle')
      : plainText(phase.title, audience);

  return (
    <div className="presenter">
      <header className="presenter-top">
        <div className="presenter-bar">
          <p className="presenter-phase">
            <span className="visually-hidden">{t('presenter.modePrefix')}</span>
            {sessionTitle}
          </p>
          <div className="presenter-tools">
            <button
              type="button"
              className="button presenter-tool"
              aria-pressed={settings.layer === 'detail'}
              onClick={toggleLayer}
            >
              {t('presenter.moreDetailButton')}
            </button>
            <button
              type="button"
              className="button presenter-tool"
              aria-expanded={isTeachBackShown}
              aria-controls="teach-back-panel"
              onClick={() => setIsTeachBackShown((shown) => !shown)}
            >
              {isTeachBackShown
                ? t('presenter.hideTeachBack')
                : t('presenter.showTeachBack')}
            </button>
            <button
              type="button"
              className="button presenter-tool"
              onClick={() => setIsHandOffOpen(true)}
            >
              {t('presenter.handOffButton')}
            </button>
            <button
              type="button"
              className="button presenter-tool"
              onClick={endSession}
            >
              {t('presenter.endSession')}
            </button>
            {/* No site header here: switching keeps nothing on the device. */}
            <LanguageSwitch remember={false} />
          </div>
        </div>
        <div className="presenter-progress">
          <progress
            max={total + 1}
            value={position + 1}
            aria-label={t('presenter.progressLabel', {
              current: position + 1,
              total: total + 1,
              phase: sessionTitle,
            })}
          />
          <p aria-hidden="true">
            {position + 1} / {total + 1}
          </p>
        </div>
      </header>
      <div className="presenter-main">
        <main id="main" className="presenter-stage" {...swipeHandlers}>
          {current ? (
            <PresenterScreen screen={current.screen} audience={audience} />
          ) : (
            <PresenterEnd
              topicIds={topicIds}
              plan={plan}
              marks={marks}
              settings={settings}
              title={sessionTitle}
              onHandOff={() => setIsHandOffOpen(true)}
              onEnd={endSession}
            />
          )}
        </main>
        {/* Kept in the page while hidden, so aria-controls always resolves. */}
        {currentTopic ? (
          <TeachBackPanel
            // A new phase or care topic starts with every answer hidden.
            key={
              currentTopic.kind === 'step'
                ? currentTopic.step.phaseId
                : currentTopic.id
            }
            topic={currentTopic}
            mark={marks[currentTopic.id]}
            onMark={(mark) => setMark(currentTopic.id, mark)}
            audience={audience}
            isHidden={!isTeachBackShown}
          />
        ) : null}
      </div>
      <nav className="presenter-nav" aria-label={t('presenter.navLabel')}>
        <button
          type="button"
          className="button presenter-big"
          disabled={position === 0}
          onClick={() => move('back')}
        >
          <span aria-hidden="true">← </span>
          {t('presenter.back')}
        </button>
        <button
          type="button"
          className="button button-primary presenter-big"
          disabled={isEnd}
          onClick={() => move('next')}
        >
          {position === total - 1
            ? t(plan ? 'presenter.finishPlan' : 'presenter.finishPhase')
            : t('presenter.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      {isHandOffOpen ? (
        <HandOffDialog
          link={handOffLink(
            window.location.origin,
            current?.topicId ?? topicId,
            topicIds,
            marks,
            settings,
          )}
          onClose={() => setIsHandOffOpen(false)}
        />
      ) : null}
    </div>
  );
}
