/**
 * The one place the app reads content from. The data was validated against
 * `schema.ts` at build time, so this module only indexes it.
 */
import { illustrationSizes, illustrationUrls } from 'virtual:journey';
import { unitProfile } from 'virtual:unit-profile';
import { getInstalled } from './journey-data.ts';
import {
  groupSigns,
  warningSetsFor,
  type WarningSubject,
} from './warning-signs.ts';
import type {
  Audience,
  AudienceText,
  CareTopic,
  GlossaryTerm,
  Medicine,
  MedicalTest,
  Modality,
  Phase,
  Step,
  TeachBack,
  Track,
  UnitProfile,
  Wording,
} from './schema.ts';

/** The content of the page's language (see journey-data.ts). */
export const journey = getInstalled().bundle.journey;

function indexById<T extends { id: string }>(items: readonly T[]) {
  return new Map(items.map((item) => [item.id, item]));
}

const stepsById = indexById(journey.steps);
const phasesById = indexById(journey.phases);
const modalitiesById = indexById(journey.modalities);
const medicinesById = indexById(journey.medicines);
const testsById = indexById(journey.tests);
const glossaryById = indexById(journey.glossary);
const sourcesById = indexById(journey.sources);
const questionsById = indexById(journey.questions);
const illustrationsById = indexById(journey.illustrations);
const careTopicsById = indexById(journey.careTopics);

/**
 * Picks the adult, child or neutral wording; adults' wording is the default
 * (and content meant for both audiences reads in it).
 */
export function textFor(
  text: AudienceText,
  audience: Wording | Audience = 'adult',
) {
  if (typeof text === 'string') return text;
  return audience === 'both' ? text.adult : text[audience];
}

export function getStepById(id: string | undefined): Step | undefined {
  return id === undefined ? undefined : stepsById.get(id);
}

export function getPhaseById(id: string | undefined): Phase | undefined {
  return id === undefined ? undefined : phasesById.get(id);
}

/**
 * The path a step is on: the main journey (every phase but the branches),
 * or one side path (a branch phase: transplant, relapse). Next and Back,
 * swipes and keys stay on the path; a side path is entered on purpose.
 */
const mainPath = journey.steps.filter(
  (step) => phasesById.get(step.phaseId)?.kind !== 'branch',
);

export function getStepPath(step: Step): readonly Step[] {
  const phase = phasesById.get(step.phaseId);
  return phase?.kind === 'branch' ? getStepsInPhase(phase.id) : mainPath;
}

export function isSidePathStep(step: Step) {
  return phasesById.get(step.phaseId)?.kind === 'branch';
}

/** The step's place on its path (1-based). */
export function getStepPosition(step: Step) {
  return getStepPath(step).indexOf(step) + 1;
}

export function getAdjacentSteps(step: Step) {
  const path = getStepPath(step);
  const index = path.indexOf(step);
  return { previous: path[index - 1], next: path[index + 1] };
}

/**
 * The side paths that start at this step: it is the last step of a phase
 * they branch from.
 */
export function getSidePathsFrom(step: Step): Phase[] {
  const inPhase = getStepsInPhase(step.phaseId);
  if (inPhase.at(-1) !== step) return [];
  return journey.phases.filter(
    (phase) =>
      phase.kind === 'branch' &&
      phase.id !== step.phaseId &&
      phase.branchesFrom?.includes(step.phaseId),
  );
}

/**
 * Where a side path returns to the main journey: the branch point, when it
 * branches from one main phase only (else the overview is the way back).
 */
export function getSidePathEntry(phase: Phase): Step | undefined {
  const fromMain = (phase.branchesFrom ?? []).filter(
    (id) => phasesById.get(id)?.kind !== 'branch',
  );
  return fromMain.length === 1
    ? getStepsInPhase(fromMain[0]!).at(-1)
    : undefined;
}

export function getStepsInPhase(phaseId: string) {
  return journey.steps.filter((step) => step.phaseId === phaseId);
}

export function getPhaseOfStep(step: Step): Phase {
  // Every step's phase exists: the build-time validator checks it.
  return phasesById.get(step.phaseId)!;
}

export function getTreatmentPhases() {
  return journey.phases.filter((phase) => phase.kind === 'treatment');
}

export function getTracks(): readonly Track[] {
  return journey.tracks;
}

export function getModality(id: string): Modality | undefined {
  return modalitiesById.get(id);
}

export function getMedicine(id: string): Medicine | undefined {
  return medicinesById.get(id);
}

export function getTest(id: string): MedicalTest | undefined {
  return testsById.get(id);
}

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return glossaryById.get(id);
}

export function getSource(id: string) {
  return sourcesById.get(id);
}

export function getQuestion(id: string) {
  return questionsById.get(id);
}

export function getQuestionsForPhase(phaseId: string) {
  return journey.questions.filter((question) => question.phaseId === phaseId);
}

export function getIllustration(id: string) {
  const illustration = illustrationsById.get(id);
  if (!illustration) return undefined;
  const size = illustrationSizes[illustration.file] ?? {
    width: 400,
    height: 400,
  };
  return {
    ...illustration,
    url: illustrationUrls[illustration.file] ?? '',
    ...size,
  };
}

/** Medicines filed under a modality (a medicine may sit under two). */
export function getMedicinesForModality(modalityId: string) {
  return journey.medicines.filter((medicine) =>
    medicine.modalityIds.includes(modalityId),
  );
}

/** The most recent reviewedAt of all steps, for the "reviewed" line. */
export function getLatestReviewDate() {
  return journey.steps
    .map((step) => step.reviewedAt)
    .sort()
    .at(-1);
}

/** The teach-back prompts of a phase, in file order (2 to 3 per phase). */
export function getTeachBackForPhase(phaseId: string): readonly TeachBack[] {
  return journey.teachBack.filter((prompt) => prompt.phaseId === phaseId);
}

/**
 * The hospital unit's contact details, validated at build time. Every field
 * may be missing (the default profile has none): show "ask your care team".
 */
export function getUnitProfile(): UnitProfile {
  return unitProfile;
}

/** The warning signs of a step, topic or medicine list, grouped by urgency. */
export function getWarningSigns(subject: WarningSubject) {
  return groupSigns(warningSetsFor(journey, subject));
}

/** Every source the warning signs of a subject cite, in first-cited order. */
export function getWarningSourceIds(subject: WarningSubject) {
  const sets = warningSetsFor(journey, subject);
  return [
    ...new Set(
      sets.flatMap((set) => [
        ...set.signs.flatMap((sign) => sign.sourceIds),
        ...set.advice.flatMap((item) => item.sourceIds),
      ]),
    ),
  ];
}

/** The sets of the medicines, most specific reading for "When to call". */
export function getMedicineWarningSets() {
  return journey.warningSets.filter((set) => set.kind === 'medicine');
}

export function getCareTopics(): readonly CareTopic[] {
  return journey.careTopics;
}

export function getCareTopicById(id: string | undefined) {
  return id === undefined ? undefined : careTopicsById.get(id);
}
