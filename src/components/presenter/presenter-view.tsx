import { useSwipe } from '#src/hooks/use-swipe.ts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getPhaseOfStep, journey } from '#src/content/journey.ts';
import { t } from '#src/content/i18n.ts';
import { LanguageSwitch } from '#src/components/layout/language-switch.tsx';
import { useFocusOnChange } from '#src/hooks/use-focus-on-change.ts';
import { useMoveKeys, type Move } from '#src/hooks/use-move-keys.ts';
import { HandOffDialog } from './hand-off-dialog.tsx';
import { PresenterScreen } from './presenter-screen.tsx';
import {
  audienceOf,
  getPhaseScreens,
  getSessionSteps,
  handOffUrl,
  sessionSearch,
  type SessionSettings,
} from './presenter-session.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { TeachBackPanel } from './teach-back-panel.tsx';

type PresenterViewProps = {
  step: Step;
  settings: SessionSettings;
  /** The screen of `step` shown, or the end of the phase. */
  screen: number | 'end';
};

/** The next phase in journey order that has steps for this situation. */
function findNextPhase(phaseId: string, settings: SessionSettings) {
  const index = journey.phases.findIndex((phase) => phase.id === phaseId);
  return journey.phases
    .slice(index + 1)
    .filter((phase) => phase.kind !== 'branch')
    .find((phase) => getSessionSteps(phase.id, settings).length > 0);
}

/** A bedside session: one phase, one idea per screen, big controls. */
export function PresenterView({ step, settings, screen }: PresenterViewProps) {
  const navigate = useNavigate();
  const [isTeachBackShown, setIsTeachBackShown] = useState(false);
  const [isHandOffOpen, setIsHandOffOpen] = useState(false);
  const phase = getPhaseOfStep(step);
  const audience = audienceOf(settings);
  const screens = getPhaseScreens(phase.id, settings);
  const total = screens.length;
  const isEnd = screen === 'end';
  const found = screens.findIndex(
    (entry) => entry.stepId === step.id && entry.index === screen,
  );
  // A screen number past the step's last (e.g. after leaving "more detail")
  // shows the step's last screen.
  const stepEntries = screens.filter((entry) => entry.stepId === step.id);
  const fallback = stepEntries.at(-1);
  const position = isEnd
    ? total
    : found >= 0
      ? found
      : fallback
        ? screens.indexOf(fallback)
        : 0;
  const current = isEnd ? undefined : screens[position];
  useFocusOnChange(`${step.id}:${screen}`, 'presenter-heading');

  function goTo(index: number | 'end', nextSettings = settings) {
    const list =
      nextSettings === settings
        ? screens
        : getPhaseScreens(phase.id, nextSettings);
    if (index === 'end' || index >= list.length) {
      const last = list.at(-1);
      if (!last) return;
      void navigate(
        paths.present.getHref(last.stepId, sessionSearch(nextSettings, 'end')),
      );
      return;
    }
    const target = list[Math.max(0, index)];
    if (!target) return;
    void navigate(
      paths.present.getHref(
        target.stepId,
        sessionSearch(nextSettings, target.index),
      ),
    );
  }

  function move(direction: Move) {
    if (direction === 'next' && !isEnd) goTo(position + 1);
    if (direction === 'back' && position > 0) goTo(position - 1);
    if (direction === 'first') goTo(0);
    if (direction === 'last') goTo('end');
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
    // Stay on the same step; its screen list may be one shorter or longer.
    const nextScreens = getPhaseScreens(phase.id, nextSettings);
    const sameStep = nextScreens.filter(
      (item) => item.stepId === current.stepId,
    );
    const target =
      sameStep.find((item) => item.index === current.index) ?? sameStep.at(-1);
    goTo(target ? nextScreens.indexOf(target) : 0, nextSettings);
  }

  function endSession() {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    void navigate(paths.presentStart.getHref());
  }

  // Clickers send PageDown, PageUp and Space as well as the arrows.
  useMoveKeys(move, { withClickerKeys: true });
  const swipeHandlers = useSwipe(move);
  const nextPhase = isEnd ? findNextPhase(phase.id, settings) : undefined;
  const nextPhaseStep = nextPhase
    ? getSessionSteps(nextPhase.id, settings)[0]
    : undefined;
  const handOffStepId = current?.stepId ?? step.id;
  const phaseTitle = plainText(phase.title, audience);
  const stepCount = getSessionSteps(phase.id, settings).length;

  return (
    <div className="presenter">
      <header className="presenter-top">
        <div className="presenter-bar">
          <p className="presenter-phase">
            <span className="visually-hidden">{t('presenter.modePrefix')}</span>
            {phaseTitle}
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
              phase: phaseTitle,
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
            <>
              <p className="presenter-kicker">{phaseTitle}</p>
              <h1 id="presenter-heading" tabIndex={-1}>
                {t('presenter.endTitle')}
              </h1>
              <div className="presenter-body">
                <p>
                  {t('presenter.endText', {
                    count: stepCount,
                    phase: phaseTitle,
                  })}
                </p>
              </div>
              <p className="presenter-end-actions">
                {nextPhase && nextPhaseStep ? (
                  <Link
                    className="button button-primary presenter-big"
                    to={paths.present.getHref(
                      nextPhaseStep.id,
                      sessionSearch(settings, 0),
                    )}
                  >
                    {t('presenter.goOnTo', {
                      phase: plainText(nextPhase.title, audience),
                    })}
                  </Link>
                ) : null}
                <button
                  type="button"
                  className="button presenter-big"
                  onClick={endSession}
                >
                  {t('presenter.endSession')}
                </button>
              </p>
            </>
          )}
        </main>
        {/* Kept in the page while hidden, so aria-controls always resolves. */}
        <TeachBackPanel
          // A new phase starts with every answer hidden again.
          key={phase.id}
          phaseId={phase.id}
          stepId={step.id}
          audience={audience}
          isHidden={!isTeachBackShown}
        />
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
            ? t('presenter.finishPhase')
            : t('presenter.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      {isHandOffOpen ? (
        <HandOffDialog
          url={handOffUrl(window.location.origin, handOffStepId, settings)}
          onClose={() => setIsHandOffOpen(false)}
        />
      ) : null}
    </div>
  );
}
