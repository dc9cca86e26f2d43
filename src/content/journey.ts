/**
 * The one place the app reads content from. The data was validated against
 * `schema.ts` at build time, so this module only indexes it.
 */
import { illustrationUrls } from 'virtual:journey';
import { unitProfile } from 'virtual:unit-profile';
import { getInstalled } from './journey-data.ts';
import type {
  Audience,
  AudienceText,
  GlossaryTerm,
  Medicine,
  MedicalTest,
  Modality,
  Phase,
  Step,
  TeachBack,
  Track,
  UnitProfile,
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
const stepIndex = new Map(journey.steps.map((step, index) => [step.id, index]));

/** Picks the adult or child wording; adults' wording is the default. */
export function textFor(text: AudienceText, audience: Audience = 'adult') {
  if (typeof text === 'string') return text;
  return audience === 'child' ? text.child : text.adult;
}

export function getStepById(id: string | undefined): Step | undefined {
  return id === undefined ? undefined : stepsById.get(id);
}

export function getPhaseById(id: string | undefined): Phase | undefined {
  return id === undefined ? undefined : phasesById.get(id);
}

export function getStepPosition(step: Step) {
  return (stepIndex.get(step.id) ?? 0) + 1;
}

export function getAdjacentSteps(step: Step) {
  const index = stepIndex.get(step.id) ?? 0;
  return {
    previous: journey.steps[index - 1],
    next: journey.steps[index + 1],
  };
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
  return { ...illustration, url: illustrationUrls[illustration.file] ?? '' };
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
