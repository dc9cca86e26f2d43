import { getTest } from '#src/content/journey.ts';
import { PanelNotFound } from './panel-not-found.tsx';
import { PanelSection } from './panel-section.tsx';
import { PanelSources } from './panel-sources.tsx';

export function TestPanel({ id }: { id: string }) {
  const test = getTest(id);
  if (!test) return <PanelNotFound id={id} />;
  return (
    <>
      <p className="panel-kind">Test</p>
      <h2 id="panel-title">{test.name}</h2>
      {test.alsoCalled.length > 0 ? (
        <p>Also called: {test.alsoCalled.join(', ')}</p>
      ) : null}
      <PanelSection title="What it is" text={test.what} />
      <PanelSection title="Why it is done" text={test.why} />
      <PanelSection title="When it is done" text={test.when} />
      <PanelSection title="What it feels like" text={test.whatItFeelsLike} />
      <PanelSources sourceIds={test.sourceIds} />
    </>
  );
}
