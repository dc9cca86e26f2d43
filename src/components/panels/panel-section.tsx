import type { AudienceText } from '#src/content/schema.ts';
import { Prose } from '#src/components/content/prose.tsx';

type PanelSectionProps = { title: string; text: AudienceText | undefined };

export function PanelSection({ title, text }: PanelSectionProps) {
  if (text === undefined) return null;
  return (
    <section className="panel-section">
      <h3>{title}</h3>
      <Prose text={text} />
    </section>
  );
}
