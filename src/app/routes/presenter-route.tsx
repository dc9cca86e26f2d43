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
import { PresenterStart } from '#src/components/presenter/presenter-start.tsx';
import { bedsideLanguageHref } from '#src/components/presenter/bedside-language.ts';
import { PresenterView } from '#src/components/presenter/presenter-view.tsx';
import { t } from '#src/content/i18n.ts';
import { getStepById, getUnitProfile } from '#src/content/journey.ts';
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
 * Bedside mode (/present and /present/:stepId). Everything about a session
 * is in the address and React state; nothing is written to the device.
 */
export function PresenterRoute() {
  const { stepId } = useParams();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const step = getStepById(stepId);
  const settings = settingsFromSearch(searchParams);
  const screen = parseScreen(searchParams.get('screen'));
  useDocumentTitle(
    stepId !== undefined && !step
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

  function start(firstStepId: string, chosen: SessionSettings) {
    const first = getStepById(firstStepId);
    const included = first ? getSessionSteps(first.phaseId, chosen) : [];
    const target =
      included.find((item) => item.id === firstStepId) ?? included[0];
    if (!target) {
      // Back to the setup, which says the phase has no steps for this (in
      // the language the nurse chose, if she chose one).
      const params = situationParams(chosen);
      const language = searchParams.get(CHOSEN_LANGUAGE_PARAM);
      if (language !== null) params.set(CHOSEN_LANGUAGE_PARAM, language);
      params.set('empty', '1');
      void navigate(paths.present.getHref(firstStepId, params.toString()));
      return;
    }
    void navigate(paths.present.getHref(target.id, sessionSearch(chosen, 0)));
  }

  if (languageHref) return null;
  if (stepId !== undefined && !step)
    return <PresenterNotFound stepId={stepId} />;
  if (!step || screen === undefined) {
    return (
      <PresenterStart
        step={step}
        settings={settings}
        onStart={start}
        emptyPhaseId={
          step && searchParams.has('empty') ? step.phaseId : undefined
        }
      />
    );
  }
  const included = getSessionSteps(step.phaseId, settings);
  const [firstIncluded] = included;
  if (!firstIncluded) {
    return (
      <PresenterStart
        step={step}
        settings={settings}
        onStart={start}
        emptyPhaseId={step.phaseId}
      />
    );
  }
  if (!included.includes(step)) {
    // A step outside the chosen situation: start the phase at its first
    // step that fits, rather than show a screen the family should not see.
    return (
      <Navigate
        replace
        to={paths.present.getHref(firstIncluded.id, sessionSearch(settings, 0))}
      />
    );
  }
  return <PresenterView step={step} settings={settings} screen={screen} />;
}
