import { useLayoutEffect } from 'react';
import {
  Navigate,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
import { PresenterNotFound } from '#src/components/presenter/presenter-not-found.tsx';
import {
  getSessionSteps,
  sessionSearch,
  settingsFromSearch,
  type SessionSettings,
} from '#src/components/presenter/presenter-session.ts';
import {
  planSearch,
  readPlan,
  type SessionChoice,
} from '#src/components/presenter/session-plan.ts';
import { getTeachingTopic } from '#src/content/teaching-topics.ts';
import { PresenterStart } from '#src/components/presenter/presenter-start.tsx';
import { bedsideLanguageHref } from '#src/components/presenter/bedside-language.ts';
import { PresenterView } from '#src/components/presenter/presenter-view.tsx';
import { t } from '#src/content/i18n.ts';
import { getStepsInPhase, getUnitProfile } from '#src/content/journey.ts';
import { situationParams } from '#src/content/situation.ts';
import { CHOSEN_LANGUAGE_PARAM } from '#src/content/locale-path.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';
import { paths } from '../paths.ts';

function parseScreen(value: string | null): number | 'end' | undefined {
  if (value === 'end') return 'end';
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Bedside mode (/present and /present/:stepId, where the id may name a care
 * topic in a plan). Everything about a session is in the address and React
 * state; nothing is written to the device.
 */
export function PresenterRoute() {
  const { stepId: topicId } = useParams();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const topic = topicId === undefined ? undefined : getTeachingTopic(topicId);
  const step = topic?.kind === 'step' ? topic.step : undefined;
  const settings = settingsFromSearch(searchParams);
  const screen = parseScreen(searchParams.get('screen'));
  // Without a plan, a step opens its phase and a care topic itself.
  const sessionIds = (plan: readonly string[] | null) =>
    plan ??
    (step
      ? getSessionSteps(step.phaseId, settings).map((item) => item.id)
      : topic
        ? [topic.id]
        : []);
  const { plan, topicIds, problem, marks } = readPlan(searchParams, sessionIds);
  useDocumentTitle(
    topicId !== undefined && !topic
      ? t('app.stepNotFoundTitle')
      : t('app.presenterTitle'),
  );
  // Setup opens in the unit's bedside language (a page load: each language
  // is its own address); a session already under way stays as it is.
  const languageHref =
    screen === undefined
      ? bedsideLanguageHref(
          getUnitProfile().bedsideLanguage,
          pathname,
          searchParams,
        )
      : undefined;
  useLayoutEffect(() => {
    if (languageHref) window.location.replace(languageHref);
  }, [languageHref]);

  function start(choice: SessionChoice, chosen: SessionSettings) {
    const steps = (
      choice.phaseId ? getSessionSteps(choice.phaseId, chosen) : []
    ).filter((item) => !choice.leftOutStepIds.includes(item.id));
    const first =
      steps.find((item) => item.id === choice.startStepId) ?? steps[0];
    // A whole phase is a phase session; anything else is a plan.
    if (choice.careIds.length > 0 || choice.leftOutStepIds.length > 0) {
      const ids = [...steps.map((item) => item.id), ...choice.careIds];
      void navigate(
        paths.present.getHref(
          first?.id ?? ids[0]!,
          planSearch(chosen, 0, ids, {}),
        ),
      );
      return;
    }
    if (!first) {
      // Back to the setup, which says the phase has no steps for this (in
      // the language the nurse chose, if she chose one).
      const params = situationParams(chosen);
      const language = searchParams.get(CHOSEN_LANGUAGE_PARAM);
      if (language !== null) params.set(CHOSEN_LANGUAGE_PARAM, language);
      params.set('empty', '1');
      const phaseStep = getStepsInPhase(choice.phaseId ?? '')[0];
      if (phaseStep)
        void navigate(paths.present.getHref(phaseStep.id, params.toString()));
      return;
    }
    void navigate(paths.present.getHref(first.id, sessionSearch(chosen, 0)));
  }

  if (languageHref) return null;
  if (topicId !== undefined && !topic)
    return <PresenterNotFound stepId={topicId} />;
  const setup = (emptyPhaseId?: string) => (
    <PresenterStart
      step={step}
      settings={settings}
      onStart={start}
      emptyPhaseId={emptyPhaseId}
      planProblem={problem ?? undefined}
    />
  );
  if (problem || !topic || screen === undefined)
    return setup(step && searchParams.has('empty') ? step.phaseId : undefined);
  const [firstIncluded] = topicIds;
  if (!firstIncluded) return setup(step?.phaseId);
  if (!topicIds.includes(topic.id)) {
    // A step outside the chosen situation: start the session at its first
    // topic, rather than show a screen the family should not see.
    return (
      <Navigate
        replace
        to={paths.present.getHref(
          firstIncluded,
          planSearch(settings, 0, plan, marks),
        )}
      />
    );
  }
  return (
    <PresenterView
      topicId={topic.id}
      topicIds={topicIds}
      plan={plan}
      marks={marks}
      settings={settings}
      screen={screen}
    />
  );
}
