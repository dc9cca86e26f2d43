import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { getSidePathsFrom, getStepsInPhase } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';

/**
 * The signpost at a branch point: the side paths some plans take from
 * here, each with a gentle word of what it is. Next never enters them.
 */
export function SidePaths({ step }: { step: Step }) {
  const plain = usePlainText();
  const sidePaths = getSidePathsFrom(step);
  if (sidePaths.length === 0) return null;
  return (
    <section className="side-paths" aria-labelledby="side-paths-title">
      <h2 id="side-paths-title">{t('step.sidePathsTitle')}</h2>
      <p>{t('step.sidePathsIntro')}</p>
      <ul>
        {sidePaths.map((phase) => {
          const first = getStepsInPhase(phase.id)[0]!;
          return (
            <li key={phase.id}>
              <Prose text={phase.summary} isInline />{' '}
              <Link to={paths.step.getHref(first.id)}>
                {t('step.sidePathRead', { title: plain(phase.title) })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
