import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateContentAt } from '#src/build/content-plugin.ts';
import { listGlossaryMarks, toPlainText } from '#src/content/markup.ts';
import { URGENCIES, warningSetsFor } from '#src/content/warning-signs.ts';
import {
  TRUSTED_SOURCE_HOSTS,
  type AudienceText,
  type Condition,
  type Situation,
  type Step,
} from '#src/content/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = validateContentAt(root);
const journey = result.ok ? result.journey : undefined;

const MIN_QUESTIONS_PER_PHASE = 5;
const MIN_GLOSSARY_TERMS = 60;
const MIN_ILLUSTRATIONS = 4;
// data/README.md: labels at least 14 px tall on a 320 px wide phone.
const MIN_LABEL_PX = 14;
const NARROWEST_PICTURE_PX = 320;
const MAX_SVG_BYTES = 20 * 1024;

/** Every string inside a value (text fields, lists, nested objects). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(allStrings);
  return [];
}

/** An `{ adult, child, neutral }` set of wordings (not a pair of durations). */
function isAudienceObject(
  text: unknown,
): text is { adult: string; child: string; neutral: string } {
  if (typeof text !== 'object' || text === null) return false;
  const { adult, child, neutral } = text as Record<string, unknown>;
  return (
    typeof adult === 'string' &&
    typeof child === 'string' &&
    typeof neutral === 'string'
  );
}

/** Every adult/child/neutral text object in a value, with where it sits. */
function audienceObjects(
  value: unknown,
  where: string,
): { where: string; text: AudienceText }[] {
  if (isAudienceObject(value)) return [{ where, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      audienceObjects(item, `${where}[${index}]`),
    );
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      audienceObjects(item, `${where}.${key}`),
    );
  return [];
}

function stepTextFields(step: Step): unknown[] {
  return [
    step.title,
    step.summary,
    ...Object.values(step.sections),
    step.moreDetail,
  ];
}

test('the content is valid, so the rules below check real data', () => {
  expect(result.ok).toBe(true);
});

test(`every phase, branch phases included, has at least ${MIN_QUESTIONS_PER_PHASE} questions to ask`, () => {
  const short = journey!.phases
    .map((phase) => ({
      id: phase.id,
      count: journey!.questions.filter(
        (question) => question.phaseId === phase.id,
      ).length,
    }))
    .filter((phase) => phase.count < MIN_QUESTIONS_PER_PHASE)
    .map((phase) => `${phase.id} (${phase.count})`);
  expect(short, 'phases with too few questions').toEqual([]);
});

test('every question is offered from at least one step', () => {
  const offered = new Set(journey!.steps.flatMap((step) => step.questionIds));
  const unused = journey!.questions
    .filter((question) => !offered.has(question.id))
    .map((q) => q.id);
  expect(unused, 'questions that no step lists in questionIds').toEqual([]);
});

test(`the glossary has at least ${MIN_GLOSSARY_TERMS} terms`, () => {
  expect(journey!.glossary.length).toBeGreaterThanOrEqual(MIN_GLOSSARY_TERMS);
});

test('every glossary term is marked at least once in the text of the steps', () => {
  const marked = new Set(
    journey!.steps.flatMap((step) =>
      allStrings(stepTextFields(step)).flatMap((text) =>
        listGlossaryMarks(text).map((mark) => mark.termId),
      ),
    ),
  );
  const unmarked = journey!.glossary
    .filter((term) => !marked.has(term.id))
    .map((term) => term.id);
  expect(
    unmarked,
    'glossary terms never marked with [[id]] in steps.json',
  ).toEqual([]);
});

test('every illustration has a text alternative and a caption, and its SVG file exists, is small and is safe', () => {
  const problems: string[] = [];
  for (const illustration of journey!.illustrations) {
    const file = path.join(root, 'data', 'illustrations', illustration.file);
    if (illustration.alt.trim().length === 0)
      problems.push(`${illustration.id}: empty alt`);
    if (illustration.caption.trim().length === 0)
      problems.push(`${illustration.id}: empty caption`);
    if (!existsSync(file)) {
      problems.push(`${illustration.id}: missing file ${illustration.file}`);
      continue;
    }
    const size = statSync(file).size;
    if (size >= MAX_SVG_BYTES)
      problems.push(
        `${illustration.id}: ${size} bytes (limit ${MAX_SVG_BYTES})`,
      );
    const svg = readFileSync(file, 'utf8');
    if (!/<svg[\s>]/i.test(svg))
      problems.push(`${illustration.id}: not an SVG`);
    if (!/viewBox=/.test(svg)) problems.push(`${illustration.id}: no viewBox`);
    if (/<script/i.test(svg)) problems.push(`${illustration.id}: has <script>`);
    if (/<foreignObject/i.test(svg))
      problems.push(`${illustration.id}: has <foreignObject>`);
    if (/\bon[a-z]+\s*=/i.test(svg))
      problems.push(`${illustration.id}: has an event handler attribute`);
    if (/href\s*=\s*["']\s*(https?:)?\/\//i.test(svg))
      problems.push(`${illustration.id}: links to an outside address`);
    if (/url\(\s*["']?\s*(https?:)?\/\//i.test(svg))
      problems.push(`${illustration.id}: loads an outside url()`);
    if (/@import/i.test(svg))
      problems.push(`${illustration.id}: imports outside styles`);
  }
  expect(problems).toEqual([]);
});

test('every picture, in every language, has labels at least 14 px tall when shown 320 px wide', () => {
  const dir = path.join(root, 'data', 'illustrations');
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.svg'))) {
    const svg = readFileSync(path.join(dir, file), 'utf8');
    const width = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(svg)?.[1]);
    const smallest = (MIN_LABEL_PX * width) / NARROWEST_PICTURE_PX;
    const rootSize = /<svg\b[^>]*\bfont-size="([\d.]+)"/.exec(svg)?.[1];
    if (!rootSize)
      problems.push(`${file}: no font-size on <svg> for its labels`);
    for (const [, size] of svg.matchAll(/\bfont-size="([\d.]+)"/g)) {
      if (Number(size) < smallest)
        problems.push(
          `${file}: font-size ${size}, below ${smallest} in a ${width}-wide viewBox`,
        );
    }
  }
  expect(problems).toEqual([]);
});

test(`there are at least ${MIN_ILLUSTRATIONS} illustrations and every one is shown by a step`, () => {
  expect(journey!.illustrations.length).toBeGreaterThanOrEqual(
    MIN_ILLUSTRATIONS,
  );
  const shown = new Set(journey!.steps.flatMap((step) => step.illustrationIds));
  const unused = journey!.illustrations
    .filter((item) => !shown.has(item.id))
    .map((item) => item.id);
  expect(unused, 'illustrations no step lists in illustrationIds').toEqual([]);
});

test('consolidation has at least one step written only for children and one only for adults', () => {
  const audiences = new Set(
    journey!.steps
      .filter((step) => step.phaseId === 'consolidation')
      .map((step) => step.audience),
  );
  expect(audiences.has('child'), 'a child-only consolidation step').toBe(true);
  expect(audiences.has('adult'), 'an adult-only consolidation step').toBe(true);
});

test('an adult/child text pair always holds two different wordings (same wording is a plain string)', () => {
  const same = Object.entries(journey!).flatMap(([collection, items]) =>
    audienceObjects(items, collection)
      .filter(
        ({ text }) =>
          isAudienceObject(text) && text.adult.trim() === text.child.trim(),
      )
      .map(({ where }) => where),
  );
  expect(same, 'adult and child wording are identical').toEqual([]);
});

test('a step written for one audience only uses plain text, since the other wording is never shown', () => {
  const mixed = journey!.steps
    .filter((step) => step.audience !== 'both')
    .flatMap((step) =>
      audienceObjects(stepTextFields(step), step.id).map(
        ({ where }) => `${where} (${step.audience})`,
      ),
    );
  expect(mixed).toEqual([]);
});

test('every medicine a step names has its own warning signs in that step\'s "When to call"', () => {
  const missing = journey!.steps.flatMap((step) => {
    const sets = warningSetsFor(journey!, step);
    const problems = sets.some((set) => set.kind === 'shared')
      ? []
      : [`${step.id}: no shared signs`];
    for (const medicineId of step.medicineIds) {
      if (!sets.some((set) => set.medicineIds.includes(medicineId)))
        problems.push(`${step.id}: no signs for ${medicineId}`);
    }
    return problems;
  });
  expect(missing).toEqual([]);
});

test('no step shows a warning sign twice, except under two medicines that both cause it', () => {
  const repeated = journey!.steps.flatMap((step) => {
    const signs = warningSetsFor(journey!, step).flatMap((set) =>
      set.signs.map((sign) => ({
        text: JSON.stringify(sign.text),
        isMedicine: set.kind === 'medicine',
      })),
    );
    return signs
      .filter((sign, index) =>
        signs
          .slice(0, index)
          .some(
            (earlier) =>
              earlier.text === sign.text &&
              !(earlier.isMedicine && sign.isMedicine),
          ),
      )
      .map((sign) => `${step.id}: ${sign.text}`);
  });
  expect(repeated).toEqual([]);
});

test('the shared warning set covers all three urgencies', () => {
  const shared = journey!.warningSets.filter((set) => set.kind === 'shared');
  expect(shared).toHaveLength(1);
  expect(
    URGENCIES.filter(
      (urgency) => !shared[0]!.signs.some((sign) => sign.urgency === urgency),
    ),
  ).toEqual([]);
});

test('no text gives a single fever temperature: readers use the number their care team gives', () => {
  const name = (termId: string) => termId;
  const withThreshold = Object.entries(journey!).flatMap(
    ([collection, items]) =>
      (items as { id: string }[]).flatMap((item) =>
        allStrings(item)
          .map((text) => toPlainText(text, name))
          .filter((text) => /\d\s*(°|º|degrees?\b)/i.test(text))
          .map(() => `${collection}: ${item.id}`),
      ),
  );
  expect(withThreshold).toEqual([]);
});

/** Branch phases and what their steps must carry to show on that path only. */
const BRANCH_RULES: Record<
  string,
  { condition?: Condition; situation?: Situation }
> = {
  transplant: { condition: 'transplant' },
  relapse: { situation: 'relapsed-refractory' },
};

test('every branch phase comes after the main journey and names where it branches from', () => {
  const phases = journey!.phases;
  const firstBranch = phases.findIndex((phase) => phase.kind === 'branch');
  expect(firstBranch).toBeGreaterThan(-1);
  expect(
    phases.slice(firstBranch).every((phase) => phase.kind === 'branch'),
  ).toBe(true);
  for (const phase of phases.slice(firstBranch)) {
    expect(phase.branchesFrom?.length ?? 0, phase.id).toBeGreaterThan(0);
    expect(Object.keys(BRANCH_RULES), `rule for branch ${phase.id}`).toContain(
      phase.id,
    );
  }
});

test('transplant steps carry the "transplant" condition and relapse steps the "relapsed-refractory" situation', () => {
  const wrong = journey!.steps.flatMap((step) => {
    const rule = BRANCH_RULES[step.phaseId];
    if (!rule) return [];
    const problems: string[] = [];
    if (rule.condition && !step.conditions?.includes(rule.condition))
      problems.push(`${step.id}: missing condition ${rule.condition}`);
    if (rule.situation && !step.situations.includes(rule.situation))
      problems.push(`${step.id}: missing situation ${rule.situation}`);
    return problems;
  });
  expect(wrong).toEqual([]);
});

test('every source is an https address from a trusted publisher', () => {
  const bad = journey!.sources
    .filter((source) => {
      const url = new URL(source.url);
      const trusted = TRUSTED_SOURCE_HOSTS.some(
        (host) => url.hostname === host || url.hostname.endsWith(`.${host}`),
      );
      return url.protocol !== 'https:' || !trusted;
    })
    .map((source) => `${source.id}: ${source.url}`);
  expect(bad).toEqual([]);
});

/** Every source id cited anywhere in a value, nested items included. */
function citedSourceIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedSourceIds);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'sourceIds' ? (item as string[]) : citedSourceIds(item),
  );
}

test('every source is cited by at least one piece of content', () => {
  const { sources: _sources, ...content } = journey!;
  const cited = new Set(citedSourceIds(content));
  const uncited = journey!.sources
    .filter((source) => !cited.has(source.id))
    .map((source) => source.id);
  expect(uncited).toEqual([]);
});

test('every step has a reviewed date that is a real calendar date, not in the future', () => {
  const today = new Date().toISOString().slice(0, 10);
  const bad = journey!.steps
    .filter(
      (step) =>
        Number.isNaN(Date.parse(step.reviewedAt)) || step.reviewedAt > today,
    )
    .map((step) => `${step.id}: ${step.reviewedAt}`);
  expect(bad).toEqual([]);
});
