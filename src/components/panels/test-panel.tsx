import { t } from '#src/content/i18n.ts';
import { getTest } from '#src/content/journey.ts';
import { PanelNotFound } from './panel-not-found.tsx';
import { PanelSection } from './panel-section.tsx';
import { PanelSources } from './panel-sources.tsx';

export function TestPanel({ id }: { id: string }) {
  const test = getTest(id);
  if (!test) return <PanelNotFound id={id} />;
  return (
    <>
      <p className="panel-kind">{t('panels.kindTest')}</p>
      <h2 id="panel-title">{test.name}</h2>
      {test.alsoCalled.length > 0 ? (
        <p>{t('panels.alsoCalled', { names: test.alsoCalled.join(', ') })}</p>
      ) : null}
      <PanelSection title={t('panels.whatItIs')} text={test.what} />
      <PanelSection title={t('panels.whyDone')} text={test.why} />
      <PanelSection title={t('panels.whenDone')} text={test.when} />
      <PanelSection title={t('panels.feelsLike')} text={test.whatItFeelsLike} />
      <PanelSources sourceIds={test.sourceIds} />
    </>
  );
}
