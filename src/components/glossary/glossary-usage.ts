import { paths } from '#src/app/paths.ts';
import { listGlossaryMarks } from '#src/content/markup.ts';
import { journey, textFor } from '#src/content/journey.ts';
import type { AudienceText, Wording } from '#src/content/schema.ts';

/** A page whose text marks a glossary term. */
export type TermUse = {
  kind: 'step' | 'care-topic';
  id: string;
  href: string;
  title: AudienceText;
};

function markedTermIds(
  texts: readonly (AudienceText | undefined)[],
  audience: Wording,
) {
  return new Set(
    texts
      .filter((text) => text !== undefined)
      .flatMap((text) => listGlossaryMarks(textFor(text, audience)))
      .map((mark) => mark.termId),
  );
}

function buildUses(audience: Wording) {
  const uses = new Map<string, TermUse[]>();
  const add = (termIds: Set<string>, use: TermUse) => {
    for (const termId of termIds)
      uses.set(termId, [...(uses.get(termId) ?? []), use]);
  };
  for (const step of journey.steps) {
    const { title, summary, sections, moreDetail } = step;
    add(
      markedTermIds(
        [title, summary, ...Object.values(sections), moreDetail],
        audience,
      ),
      {
        kind: 'step',
        id: step.id,
        href: paths.step.getHref(step.id),
        title,
      },
    );
  }
  for (const topic of journey.careTopics) {
    add(markedTermIds([topic.title, topic.summary, topic.body], audience), {
      kind: 'care-topic',
      id: topic.id,
      href: paths.careTopic.getHref(topic.id),
      title: topic.title,
    });
  }
  return uses;
}

// Built once per wording on first use: the content never changes on a page.
const usesByAudience = new Map<Wording, Map<string, TermUse[]>>();

/**
 * The steps (in journey order), then the care topics, whose text in the
 * reader's wording marks the term.
 */
export function getTermUses(
  termId: string,
  audience: Wording,
): readonly TermUse[] {
  let uses = usesByAudience.get(audience);
  if (!uses) {
    uses = buildUses(audience);
    usesByAudience.set(audience, uses);
  }
  return uses.get(termId) ?? [];
}
