import type { Audience, AudienceText, Wording } from '#src/content/schema.ts';
import { parseBlocks, parseInline } from '#src/content/markup.ts';
import { getGlossaryTerm, textFor } from '#src/content/journey.ts';
import { GlossaryTerm } from '#src/components/glossary/glossary-term.tsx';
import { useAudience } from '#src/state/journey-store.ts';

type InlineProps = { text: string; hasGlossaryLinks?: boolean };

/** One line of content text, with its glossary terms made explainable. */
export function InlineText({ text, hasGlossaryLinks = true }: InlineProps) {
  return (
    <>
      {parseInline(text).map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <GlossaryTerm
            key={index}
            termId={part.termId}
            shownText={part.text}
            hasGlossaryLink={hasGlossaryLinks}
          />
        ),
      )}
    </>
  );
}

type ProseProps = {
  text: AudienceText;
  isInline?: boolean;
  /** Wording to use; by default the reader's saved choice. */
  audience?: Wording | Audience;
  hasGlossaryLinks?: boolean;
};

/** Content text in adult, child or neutral wording, as paragraphs and lists. */
export function Prose({
  text,
  isInline = false,
  audience,
  hasGlossaryLinks = true,
}: ProseProps) {
  const savedAudience = useAudience();
  const chosen = textFor(text, audience ?? savedAudience);
  if (isInline)
    return <InlineText text={chosen} hasGlossaryLinks={hasGlossaryLinks} />;
  return (
    <>
      {parseBlocks(chosen).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <InlineText text={block.text} hasGlossaryLinks={hasGlossaryLinks} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineText text={item} hasGlossaryLinks={hasGlossaryLinks} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** The plain words of a short text such as a title, with marks resolved. */
export function plainText(text: AudienceText, audience: Wording | Audience) {
  return parseInline(textFor(text, audience))
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : (part.text ?? getGlossaryTerm(part.termId)?.term ?? ''),
    )
    .join('');
}

/** Plain wording of a short text, in the reader's saved audience. */
export function usePlainText() {
  const audience = useAudience();
  return (text: AudienceText) => plainText(text, audience);
}
