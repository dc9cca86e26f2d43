/**
 * The situation (never personal text) can travel in a link as query
 * parameters, so a nurse can share "the journey for this situation"
 * (docs/decisions/007).
 */
import {
  ANSWERS,
  STAGES,
  WHOS,
  type Situation,
} from '#src/state/journey-store.ts';

const KEYS = ['stage', 'who', 'ph', 'transplant'] as const;

export function situationToSearch(situation: Situation) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = situation[key];
    if (value !== null) params.set(key, value);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The situation given in a link, or null when the link carries none. */
export function situationFromSearch(search: string): Partial<Situation> | null {
  const params = new URLSearchParams(search);
  const found: Partial<Situation> = {};
  const stage = params.get('stage');
  const who = params.get('who');
  const ph = params.get('ph');
  const transplant = params.get('transplant');
  if (STAGES.includes(stage as never))
    found.stage = stage as Situation['stage'];
  if (WHOS.includes(who as never)) found.who = who as Situation['who'];
  if (ANSWERS.includes(ph as never)) found.ph = ph as Situation['ph'];
  if (ANSWERS.includes(transplant as never)) {
    found.transplant = transplant as Situation['transplant'];
  }
  return Object.keys(found).length > 0 ? found : null;
}

export function hasSituationParams(search: string) {
  const params = new URLSearchParams(search);
  return KEYS.some((key) => params.has(key));
}

export function withoutSituationParams(search: string) {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
