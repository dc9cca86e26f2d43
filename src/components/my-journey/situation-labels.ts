import type {
  Answer,
  Situation,
  Stage,
  Who,
} from '#src/state/journey-store.ts';

export const WHO_LABELS: Record<Who, string> = {
  child: 'A child (I am a parent or carer)',
  'young-adult': 'A teenager or young adult',
  adult: 'An adult (myself or someone I care for)',
};

export const STAGE_LABELS: Record<Stage, string> = {
  'newly-diagnosed':
    'Newly diagnosed: treatment is about to start or has just started',
  'in-remission': 'In remission: treatment goes on',
  'relapsed-refractory':
    'The leukemia came back or did not respond (relapsed or refractory)',
  'finished-treatment': 'Treatment has finished',
};

export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

export const PH_LEGEND =
  'Is the leukemia Philadelphia chromosome-positive (Ph+)?';
export const TRANSPLANT_LEGEND = 'Is a stem cell transplant planned?';

/** The situation as short lines for summaries and the handout. */
export function describeSituation(situation: Situation) {
  const lines: string[] = [];
  if (situation.stage) lines.push(STAGE_LABELS[situation.stage]);
  if (situation.who)
    lines.push(`Who is having treatment: ${WHO_LABELS[situation.who]}`);
  if (situation.ph) lines.push(`Ph+: ${ANSWER_LABELS[situation.ph]}`);
  if (situation.transplant) {
    lines.push(`Transplant planned: ${ANSWER_LABELS[situation.transplant]}`);
  }
  return lines;
}
