import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getStepsInPhase } from '#src/content/journey.ts';
import { t } from '#src/content/i18n.ts';
import { LanguageSwitch } from '#src/components/layout/language-switch.tsx';
import { PresenterSetup } from './presenter-setup.tsx';
import type { SessionSettings } from './presenter-session.ts';
import type { SessionChoice } from './session-plan.ts';
import {
  MAX_PLAN_TOPICS,
  type TopicList,
} from '#src/content/teaching-topics.ts';

type PresenterStartProps = {
  step: Step | undefined;
  settings: SessionSettings;
  onStart: (choice: SessionChoice, settings: SessionSettings) => void;
  /** Set when the chosen situation leaves the phase with no steps. */
  emptyPhaseId?: string;
  /** Set when the address named a plan that could not be used. */
  planProblem?: TopicList;
};

/** Why a plan in the address was not used, in words a nurse can act on. */
function planProblemText(problem: TopicList) {
  if (problem.problem === 'too-many')
    return t('presenter.planTooMany', { max: MAX_PLAN_TOPICS });
  if (problem.problem === 'unknown')
    return t('presenter.planUnknown', { count: problem.unknownCount });
  return t('presenter.planUnreadable');
}

/** The screen before a session: a nurse-facing setup. */
export function PresenterStart({
  step,
  settings,
  onStart,
  emptyPhaseId,
  planProblem,
}: PresenterStartProps) {
  return (
    <main id="main" className="presenter-page">
      {/* No site header here: the language is switched without remembering it. */}
      <div className="presenter-language">
        <LanguageSwitch remember={false} />
      </div>
      <h1>{t('presenter.title')}</h1>
      <p className="presenter-lead">{t('presenter.startLead')}</p>
      {planProblem ? (
        <p className="presenter-warning" role="alert">
          {planProblemText(planProblem)}
        </p>
      ) : null}
      {emptyPhaseId ? (
        <p className="presenter-warning" role="alert">
          {t('presenter.emptyPhase', {
            count: getStepsInPhase(emptyPhaseId).length,
          })}
        </p>
      ) : null}
      <PresenterSetup
        // A new starting point starts a fresh form.
        key={step?.id ?? 'start'}
        step={step}
        initial={settings}
        onStart={onStart}
      />
      <p>
        <Link to={step ? paths.step.getHref(step.id) : paths.home.getHref()}>
          {t('presenter.leave')}
        </Link>
      </p>
    </main>
  );
}
