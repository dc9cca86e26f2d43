import type { AudienceText } from '#src/content/schema.ts';
import { parseBlocks, parseInline } from '#src/content/markup.ts';
import { textFor } from '#src/content/journey.ts';
import { GlossaryTerm } from '#src/components/glossary/glossary-term.tsx';
import { useAudience } from '#src/state/journey-store.ts';

type InlineProps = { text: string };

/** One line of content text, with its glossary terms made explainable. */
export function InlineText({ text }: InlineProps) {
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
          />
        ),
      )}
    </>
  );
}

type ProseProps = { text: AudienceText; isInline?: boolean };

/** Content text in the reader's wording (adult or child), as paragraphs and lists. */
export function Prose({ text, isInline = false }: ProseProps) {
  const audience = useAudience();
  const chosen = textFor(text, audience);
  if (isInline) return <InlineText text={chosen} />;
  return (
    <>
      {parseBlocks(chosen).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <InlineText text={block.text} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineText text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** Plain wording of a short text such as a title, in the reader's audience. */
export function usePlainText() {
  const audience = useAudience();
  return (text: AudienceText) =>
    parseInline(textFor(text, audience))
      .map((part) => (part.kind === 'text' ? part.text : (part.text ?? '')))
      .join('');
}
