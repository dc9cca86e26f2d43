import type { AudienceText, Wording } from '#src/content/schema.ts';
import { Prose } from '#src/components/content/prose.tsx';

type PresenterTextProps = {
  text: AudienceText;
  audience: Wording;
  isInline?: boolean;
};

/**
 * Content text in the session's wording. Bedside mode takes the wording from
 * the address, not from the reader's saved preference.
 */
export function PresenterText({
  text,
  audience,
  isInline = false,
}: PresenterTextProps) {
  return (
    <Prose
      text={text}
      audience={audience}
      isInline={isInline}
      hasGlossaryLinks={false}
    />
  );
}
