/**
 * Rules about the order and shape of the journey as a whole: phases, steps
 * and track segments follow the order of phases.json, every phase has steps
 * and 2 to 3 teach-back prompts, every illustration file exists, and no
 * care topic shares a step's id.
 */
import type { CollectionFiles } from './validate-references.ts';
import type { ContentIssue } from './content-issue.ts';
import type { Journey } from './schema.ts';

/** Teach-back prompts per phase: enough to check, few enough to ask. */
export const MIN_TEACH_BACK = 2;
export const MAX_TEACH_BACK = 3;

export type JourneyRuleOptions = {
  /** Tells whether an illustration file exists in data/illustrations/. */
  illustrationExists?: (fileName: string) => boolean;
};

export function checkJourneyRules(
  journey: Journey,
  files: CollectionFiles,
  options: JourneyRuleOptions = {},
) {
  const issues: ContentIssue[] = [];
  const phaseOrder = new Map(
    journey.phases.map((phase, index) => [phase.id, index]),
  );

  journey.phases.forEach((phase, index) => {
    if (phase.branchesFrom && phase.kind !== 'branch') {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'branchesFrom'],
        message: 'only a phase of kind "branch" can branch from other phases',
      });
    }
  });

  const groupLastIndex = new Map<string, number>();
  journey.phases.forEach((phase, index) => {
    if (!phase.group) return;
    const last = groupLastIndex.get(phase.group.id);
    if (last !== undefined && last !== index - 1) {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'group', 'id'],
        message: `phases of group "${phase.group.id}" must follow one another`,
      });
    }
    groupLastIndex.set(phase.group.id, index);
  });

  // A teaching plan names steps and care topics by id alone
  // (teaching-topics.ts), so one id must never mean both.
  const stepIds = new Set(journey.steps.map((step) => step.id));
  journey.careTopics.forEach((topic, index) => {
    if (stepIds.has(topic.id)) {
      issues.push({
        file: files.careTopics,
        path: ['careTopics', index, 'id'],
        message: `care topic id "${topic.id}" is also a step id; teaching plans name both by id`,
      });
    }
  });

  journey.illustrations.forEach((illustration, index) => {
    if (
      options.illustrationExists &&
      !options.illustrationExists(illustration.file)
    ) {
      issues.push({
        file: files.illustrations,
        path: ['illustrations', index, 'file'],
        message: `file data/illustrations/${illustration.file} does not exist`,
      });
    }
  });

  journey.tracks.forEach((track, trackIndex) => {
    let previousOrder = -1;
    track.segments.forEach((segment, segmentIndex) => {
      const path = [trackIndex, 'segments', segmentIndex];
      const order = phaseOrder.get(segment.phaseId);
      if (order === undefined) return;
      if (order <= previousOrder) {
        issues.push({
          file: files.tracks,
          path: ['tracks', ...path, 'phaseId'],
          message: `phase "${segment.phaseId}" is out of order: segments must follow the order of phases.json, each phase once`,
        });
      }
      previousOrder = Math.max(previousOrder, order);
    });
    if (track.spansAllTreatmentPhases) {
      const covered = new Set(track.segments.map((segment) => segment.phaseId));
      const missing = journey.phases
        .filter((phase) => phase.kind === 'treatment' && !covered.has(phase.id))
        .map((phase) => `"${phase.id}"`);
      if (missing.length > 0) {
        issues.push({
          file: files.tracks,
          path: ['tracks', trackIndex, 'segments'],
          message: `must span every treatment phase; missing ${missing.join(', ')}`,
        });
      }
    }
  });

  const stepsPerPhase = new Map<string, number>();
  let previousPhaseId: string | undefined;
  const finishedPhases = new Set<string>();
  journey.steps.forEach((step, index) => {
    stepsPerPhase.set(step.phaseId, (stepsPerPhase.get(step.phaseId) ?? 0) + 1);
    if (step.phaseId !== previousPhaseId) {
      if (previousPhaseId !== undefined) finishedPhases.add(previousPhaseId);
      if (finishedPhases.has(step.phaseId)) {
        issues.push({
          file: files.steps,
          path: ['steps', index, 'phaseId'],
          message: `steps of phase "${step.phaseId}" must follow one another`,
        });
      }
      const order = phaseOrder.get(step.phaseId);
      const previousOrder =
        previousPhaseId === undefined
          ? undefined
          : phaseOrder.get(previousPhaseId);
      if (
        order !== undefined &&
        previousOrder !== undefined &&
        order < previousOrder
      ) {
        issues.push({
          file: files.steps,
          path: ['steps', index, 'phaseId'],
          message: `phase "${step.phaseId}" comes before "${previousPhaseId}" in phases.json, so its steps must too`,
        });
      }
      previousPhaseId = step.phaseId;
    }
  });

  const promptsPerPhase = new Map<string, number>();
  for (const prompt of journey.teachBack) {
    promptsPerPhase.set(
      prompt.phaseId,
      (promptsPerPhase.get(prompt.phaseId) ?? 0) + 1,
    );
  }
  journey.phases.forEach((phase, index) => {
    const count = promptsPerPhase.get(phase.id) ?? 0;
    if (count < MIN_TEACH_BACK || count > MAX_TEACH_BACK) {
      issues.push({
        file: files.teachBack,
        path: ['teachBack'],
        message: `phase "${phase.id}" (phases[${index}]) has ${count} teach-back prompts; every phase needs ${MIN_TEACH_BACK} to ${MAX_TEACH_BACK}`,
      });
    }
  });

  journey.phases.forEach((phase, index) => {
    if (!stepsPerPhase.has(phase.id)) {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'id'],
        message: `phase "${phase.id}" has no steps in data/steps.json`,
      });
    }
  });

  return issues;
}
