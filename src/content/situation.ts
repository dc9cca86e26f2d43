/**
 * The one vocabulary of a reader's situation: where treatment stands, who is
 * treated, and the Ph+ and transplant answers. The content schema, the
 * store, "My journey" links and bedside mode all use these lists, so a stage
 * or answer is added in one place.
 *
 * Plain `as const` arrays, no zod: the browser loads this file, and the
 * schema builds its enums from it (`z.enum(STAGES)`), never the other way.
 */

/** Where treatment stands; a step lists every stage it applies to. */
export const STAGES = [
  'newly-diagnosed',
  'in-remission',
  'relapsed-refractory',
  'finished-treatment',
] as const;
export type Stage = (typeof STAGES)[number];

/** Who is being treated; decides the wording (docs/decisions/007). */
export const WHOS = ['child', 'young-adult', 'adult'] as const;
export type Who = (typeof WHOS)[number];

/** A reader's answer to "Ph+?" and "transplant?". */
export const ANSWERS = ['yes', 'no', 'not-sure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Who a piece of content is written for. */
export const AUDIENCES = ['both', 'adult', 'child'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Extra conditions that narrow a step or track to some plans only. */
export const CONDITIONS = ['ph-positive', 'transplant'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Where things stand. `null` means "not chosen": the general journey. */
export type Situation = {
  stage: Stage | null;
  who: Who | null;
  ph: Answer | null;
  transplant: Answer | null;
};

export const EMPTY_SITUATION: Situation = {
  stage: null,
  who: null,
  ph: null,
  transplant: null,
};

/** The query words of a situation link, in the order links write them. */
const SITUATION_KEYS = ['stage', 'who', 'ph', 'transplant'] as const;

export function hasSituation(situation: Situation) {
  return Object.values(situation).some((value) => value !== null);
}

/** `value` when it is one of `options`, else null (for untrusted input). */
export function oneOf<T extends string>(
  options: readonly T[],
  value: unknown,
): T | null {
  return options.includes(value as T) ? (value as T) : null;
}

/** Each of the four answers that a value (saved data, a link) gives. */
export function readSituation(get: (key: string) => unknown): Situation {
  return {
    stage: oneOf(STAGES, get('stage')),
    who: oneOf(WHOS, get('who')),
    ph: oneOf(ANSWERS, get('ph')),
    transplant: oneOf(ANSWERS, get('transplant')),
  };
}

/**
 * The situation (never personal text) as query parameters, so a nurse can
 * share "the journey for this situation" (docs/decisions/007). "My journey"
 * links and bedside mode write the same words in the same order, so a link
 * means the same thing in both.
 */
export function situationParams(situation: Situation) {
  const params = new URLSearchParams();
  for (const key of SITUATION_KEYS) {
    const value = situation[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

export function situationToSearch(situation: Situation) {
  const search = situationParams(situation).toString();
  return search === '' ? '' : `?${search}`;
}

/** The situation given in a link, or null when the link carries none. */
export function situationFromSearch(search: string): Partial<Situation> | null {
  const params = new URLSearchParams(search);
  const read = readSituation((key) => params.get(key));
  const found = Object.fromEntries(
    Object.entries(read).filter(([, value]) => value !== null),
  ) as Partial<Situation>;
  return Object.keys(found).length > 0 ? found : null;
}

export function hasSituationParams(search: string) {
  const params = new URLSearchParams(search);
  return SITUATION_KEYS.some((key) => params.has(key));
}

export function withoutSituationParams(search: string) {
  const params = new URLSearchParams(search);
  for (const key of SITUATION_KEYS) params.delete(key);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
