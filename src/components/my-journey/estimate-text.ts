/** The estimates of estimates.ts in the page's language. */
import { currentLocale, t } from '#src/content/i18n.ts';
import { formatShortDate, type PhaseEstimate } from './estimates.ts';

/** A short date ("5 Jan 2026") in the page's language. */
export function shortDate(isoDate: string) {
  return formatShortDate(isoDate, currentLocale.intl);
}

function span(from: string, to: string) {
  return from === to
    ? t('my-journey.estimateOn', { date: shortDate(from) })
    : t('my-journey.estimateBetween', {
        from: shortDate(from),
        to: shortDate(to),
      });
}

/** "Estimate: starts 3 Jan 2027, ends between …" in words a family can read. */
export function describeEstimate(estimate: PhaseEstimate) {
  if (estimate.kind === 'none') return t('my-journey.estimateNone');
  return t('my-journey.estimate', {
    start: span(estimate.startFrom, estimate.startTo),
    end: span(estimate.endFrom, estimate.endTo),
  });
}
