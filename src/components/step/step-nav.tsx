import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import {
  getAdjacentSteps,
  getPhaseOfStep,
  getSidePathEntry,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';

type StepNavProps = { step: Step };

/**
 * Back and Next are always present. At either end of the main journey one
 * becomes the overview; at either end of a side path, the way back to the
 * step of the main journey it was entered from.
 */
export function StepNav({ step }: StepNavProps) {
  const { previous, next } = getAdjacentSteps(step);
  const plain = usePlainText();
  const entry = getSidePathEntry(getPhaseOfStep(step));
  const endHref = entry ? paths.step.getHref(entry.id) : paths.home.getHref();
  const endLabel = entry ? t('step.backToMainPath') : undefined;
  return (
    <nav className="step-nav" aria-label={t('step.navLabel')}>
      {previous ? (
        <Link
          className="button"
          to={paths.step.getHref(previous.id)}
          rel="prev"
          aria-label={t('step.backTo', { title: plain(previous.title) })}
        >
          <span aria-hidden="true">← </span>
          {t('step.back')}
        </Link>
      ) : (
        <Link className="button" to={endHref}>
          <span aria-hidden="true">← </span>
          {endLabel ?? t('step.overview')}
        </Link>
      )}
      <Link
        className="button step-nav-present"
        to={paths.present.getHref(step.id)}
      >
        {t('step.bedsideMode')}
      </Link>
      {next ? (
        <Link
          className="button button-primary"
          to={paths.step.getHref(next.id)}
          rel="next"
          aria-label={t('step.nextTo', { title: plain(next.title) })}
        >
          {t('step.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <Link className="button button-primary" to={endHref}>
          {endLabel ?? t('step.backToOverview')}
        </Link>
      )}
    </nav>
  );
}
