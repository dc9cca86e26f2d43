/**
 * Bedside mode keeps everything about a session in the address: the chosen
 * situation, the layer and the screen. Nothing is written to the device
 * (a shared tablet is not personal), so ending a session leaves no trace.
 *
 * The situation uses the same query words as "My journey" links (stage,
 * who, ph, transplant), so the link handed to a family's phone means the
 * same thing in the regular app.
 */
import type {
  AudienceText,
  CareTopic,
  Step,
  StepSections,
  Wording,
} from '#src/content/schema.ts';
import {
  getIllustration,
  getStepsInPhase,
  getUnitProfile,
  textFor,
} from '#src/content/journey.ts';
import {
  LINE_COST,
  packByCost,
  screenCost,
  sectionCost,
} from './screen-cost.ts';
import type { WhenToCallPage } from './when-to-call-pages.ts';
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

/** The sections a screen can show ("When to call" comes once, last). */
export type ScreenSection = Exclude<keyof StepSections, 'whenToCall'>;

export type Screen =
  | { kind: 'summary'; step: Step }
  | { kind: 'picture'; step: Step; illustrationId: string }
  /**
   * One section, or a few short ones: a screen is never a lonely line. A
   * section too long for one screen is shown in parts (`part`), each a run
   * of its paragraphs and lists in the session's wording.
   */
  | {
      kind: 'sections';
      step: Step;
      sections: ScreenSection[];
      part?: { text: string; index: number; count: number };
    }
  | { kind: 'detail'; step: Step }
  /** A care-at-home topic: its summary, then its text in parts. */
  | { kind: 'careSummary'; topic: CareTopic }
  | {
      kind: 'careBody';
      topic: CareTopic;
      part: { text: string; index: number; count: number };
    }
  | {
      kind: 'whenToCall';
      /** The session's last step, whose phase note goes with the numbers
       * (none when the session taught care topics only). */
      step: Step | undefined;
      /** One screen of the "When to call" composed for the whole session. */
      page: WhenToCallPage;
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
 * What short sections sharing one screen may cost together, each with its
 * own heading: about six lines at bedside size, which fits a 1024×768
 * tablet above the Back/Next bar in English and Spanish.
 */
export const SCREEN_TEXT_BUDGET = 300;

/**
 * Consecutive sections packed onto screens in order: a section joins the
 * screen before it while the screen stays within the budget, so "Where" and
 * "How long" (often one line each) share a screen instead of each standing
 * alone on an empty page.
 */
export function groupSections(step: Step): ScreenSection[][] {
  const present = SECTION_ORDER.filter(
    (section) => step.sections[section] !== undefined,
  );
  return packByCost(
    present,
    // Each section brings its heading.
    (section) => sectionCost(step.sections[section]!) + LINE_COST,
    SCREEN_TEXT_BUDGET,
  );
}

/**
 * What one part of a long section may cost: about ten lines at bedside
 * size, what fits a 1024×768 tablet between the heading and the Back/Next
 * bar.
 */
export const SCREEN_PART_BUDGET = 420;

/**
 * A long section's paragraphs packed into parts within the budget, in the
 * given wording. A list stays with its lead-in line, unless together they
 * are too long for one screen: then the list goes on in the next part. A
 * paragraph is never cut: one costlier than the budget has a part to itself.
 */
export function splitSection(text: AudienceText, audience: Wording) {
  const units = textFor(text, audience)
    .split(/\n\s*\n/)
    .flatMap((chunk) =>
      screenCost(chunk, audience) <= SCREEN_PART_BUDGET
        ? [{ text: chunk, separator: '\n\n' }]
        : chunk.split('\n').map((line, index) => ({
            text: line,
            separator: index === 0 ? '\n\n' : '\n',
          })),
    );
  const parts: string[] = [];
  for (const unit of units) {
    const last = parts.at(-1);
    const joined = last === undefined ? '' : last + unit.separator + unit.text;
    if (joined && screenCost(joined, audience) <= SCREEN_PART_BUDGET)
      parts[parts.length - 1] = joined;
    else parts.push(unit.text);
  }
  return parts;
}

/**
 * The screens of one step: its summary, its pictures (a nurse explains a
 * lumbar puncture with the drawing, not with words alone), its sections,
 * then (in the "more detail" layer) its deeper text.
 */
export function getStepScreens(
  step: Step,
  layer: Layer,
  audience: Wording = 'neutral',
): Screen[] {
  const screens: Screen[] = [{ kind: 'summary', step }];
  for (const illustrationId of step.illustrationIds) {
    if (getIllustration(illustrationId))
      screens.push({ kind: 'picture', step, illustrationId });
  }
  for (const sections of groupSections(step)) {
    const [only] = sections;
    const text = sections.length === 1 ? step.sections[only!] : undefined;
    const parts = text ? splitSection(text, audience) : [];
    if (parts.length > 1) {
      parts.forEach((part, index) =>
        screens.push({
          kind: 'sections',
          step,
          sections,
          part: { text: part, index, count: parts.length },
        }),
      );
    } else {
      screens.push({ kind: 'sections', step, sections });
    }
  }
  if (layer === 'detail' && step.moreDetail !== undefined)
    screens.push({ kind: 'detail', step });
  return screens;
}
