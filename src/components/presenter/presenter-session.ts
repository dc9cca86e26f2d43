/**
 * Bedside mode keeps everything about a session in the address: the chosen
 * situation, the layer and the screen. Nothing is written to the device
 * (a shared tablet is not personal), so ending a session leaves no trace.
 *
 * The situation uses the same query words as "My journey" links (stage,
 * who, ph, transplant), so the link handed to a family's phone means the
 * same thing in the regular app.
 */
import type { Locale, Step, StepSections } from '#src/content/schema.ts';
import { getStepsInPhase, getUnitProfile } from '#src/content/journey.ts';
import { currentLocale } from '#src/content/i18n.ts';
import { basenameOf } from '#src/content/locale-path.ts';
import { fits, isForThisSituation } from '#src/content/situation-fit.ts';
import {
  readSituation,
  situationParams,
  type Situation,
  type Who,
} from '#src/content/situation.ts';
import { readerAudienceOf } from '#src/state/reader-audience.ts';

export type Layer = 'plain' | 'detail';

/** A situation in which who is treated is always chosen, plus the layer. */
export type SessionSettings = Situation & { who: Who; layer: Layer };

/** Who is treated, before the nurse says: the unit's choice (a children's
 * unit sets "child"), else an adult. */
export const DEFAULT_SETTINGS: SessionSettings = {
  stage: null,
  who: getUnitProfile().defaultAudience ?? 'adult',
  ph: null,
  transplant: null,
  layer: 'plain',
};

export function settingsFromSearch(params: URLSearchParams): SessionSettings {
  const situation = readSituation((key) => params.get(key));
  return {
    ...situation,
    who: situation.who ?? DEFAULT_SETTINGS.who,
    layer: params.get('layer') === 'detail' ? 'detail' : 'plain',
  };
}

/** The presenter's own query: situation, layer and the screen shown. */
export function sessionSearch(
  settings: SessionSettings,
  screen: number | 'end',
) {
  const params = situationParams(settings);
  if (settings.layer === 'detail') params.set('layer', 'detail');
  params.set('screen', String(screen));
  return params.toString();
}

/**
 * The regular (non-presenter) page of the same step, with the situation,
 * for the family's phone, in the language the nurse was showing (/es/…).
 * No personal data: only content ids and choices.
 */
export function handOffUrl(
  origin: string,
  stepId: string,
  settings: SessionSettings,
  locale: Locale = currentLocale,
) {
  const base = basenameOf(locale);
  return `${origin}${base}/steps/${stepId}?${situationParams(settings).toString()}`;
}

/** Child wording for a child; teens, young adults and adults read "you". */
export function audienceOf(settings: SessionSettings) {
  return readerAudienceOf(settings.who);
}

/**
 * The steps of a phase that this session shows, in journey order. Ph+ steps
 * come only once the answer is "yes": "no" and "not known" read the same at
 * the bedside (presenter-setup.tsx).
 */
export function getSessionSteps(phaseId: string, settings: SessionSettings) {
  const situation: SessionSettings = {
    ...settings,
    ph: settings.ph === 'yes' ? 'yes' : 'no',
  };
  return getStepsInPhase(phaseId).filter((step) =>
    isForThisSituation(fits(step, situation)),
  );
}

/** The sections shown one per screen ("When to call" comes once, last). */
export type ScreenSection = Exclude<keyof StepSections, 'whenToCall'>;

export type Screen =
  | { kind: 'summary'; step: Step }
  | { kind: 'section'; step: Step; section: ScreenSection }
  | { kind: 'detail'; step: Step }
  | {
      kind: 'whenToCall';
      /** The last step of the session, whose phase the screen closes. */
      step: Step;
      /** Everything the session covered, for the composed warning signs. */
      medicineIds: string[];
      warningSetIds: string[];
    };

/** Sections in the order the step page shows them. */
export const SECTION_ORDER: readonly ScreenSection[] = [
  'whatHappens',
  'why',
  'howLong',
  'where',
  'tests',
  'sideEffects',
];

/**
 * One idea per screen: the step's summary, then each of its sections, then
 * (in the "more detail" layer) its deeper text.
 */
export function getStepScreens(step: Step, layer: Layer): Screen[] {
  const screens: Screen[] = [{ kind: 'summary', step }];
  for (const section of SECTION_ORDER) {
    if (step.sections[section] !== undefined)
      screens.push({ kind: 'section', step, section });
  }
  if (layer === 'detail' && step.moreDetail !== undefined)
    screens.push({ kind: 'detail', step });
  return screens;
}

/**
 * Every screen of a session through one phase, in order, closed by one
 * "When to call" composed for all the medicines and signs it covered.
 */
export function getPhaseScreens(phaseId: string, settings: SessionSettings) {
  const steps = getSessionSteps(phaseId, settings);
  const screens: { screen: Screen; stepId: string; index: number }[] =
    steps.flatMap((step) =>
      getStepScreens(step, settings.layer).map((screen, index) => ({
        screen,
        stepId: step.id,
        index,
      })),
    );
  const last = steps.at(-1);
  if (!last) return screens;
  screens.push({
    screen: {
      kind: 'whenToCall',
      step: last,
      medicineIds: [...new Set(steps.flatMap((step) => step.medicineIds))],
      warningSetIds: [...new Set(steps.flatMap((step) => step.warningSetIds))],
    },
    stepId: last.id,
    index: getStepScreens(last, settings.layer).length,
  });
  return screens;
}
