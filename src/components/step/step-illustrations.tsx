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
      {illustrations.map((illustration, index) => (
        <figure key={illustration.id} className="illustration">
          <img
            src={illustration.url}
            alt={illustration.alt}
            width={illustration.width}
            height={illustration.height}
            // The first picture sits near the top of the step and is often
            // its largest paint: lazy loading held it back until layout
            // (about 2 s on slow 4G). Later ones wait until scrolled to.
            loading={index === 0 ? 'eager' : 'lazy'}
          />
          <figcaption>{illustration.caption}</figcaption>
        </figure>
      ))}
    </div>
  );
}
