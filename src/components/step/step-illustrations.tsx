import type { Step } from '#src/content/schema.ts';
import { getIllustration } from '#src/content/journey.ts';

type StepIllustrationsProps = { step: Step };

export function StepIllustrations({ step }: StepIllustrationsProps) {
  const illustrations = step.illustrationIds
    .map((id) => getIllustration(id))
    .filter((item) => item !== undefined);
  if (illustrations.length === 0) return null;
  return (
    <div className="step-illustrations">
      {illustrations.map((illustration) => (
        <figure key={illustration.id} className="illustration">
          <img
            src={illustration.url}
            alt={illustration.alt}
            width={illustration.width}
            height={illustration.height}
            loading="lazy"
          />
          <figcaption>{illustration.caption}</figcaption>
        </figure>
      ))}
    </div>
  );
}
