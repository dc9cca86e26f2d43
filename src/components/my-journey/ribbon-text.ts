/** The journey ribbon of ribbon.ts in the page's language. */
import { currentLocale, formatNumber, t } from '#src/content/i18n.ts';
import type { MessageKey } from '#src/content/i18n.ts';
import { shortDate } from './estimate-text.ts';
import {
  formatDaySpan,
  formatMonthSpan,
  type DateSpan,
} from './ribbon-dates.ts';
import type { RibbonProgress, RibbonSegment } from './ribbon.ts';

const PROGRESS_KEYS: Record<RibbonProgress['unit'], MessageKey> = {
  days: 'my-journey.ribbonProgressDays',
  weeks: 'my-journey.ribbonProgressWeeks',
  months: 'my-journey.ribbonProgressMonths',
  years: 'my-journey.ribbonProgressYears',
};
const OVER_KEYS: Record<RibbonProgress['unit'], MessageKey> = {
  days: 'my-journey.ribbonOverDays',
  weeks: 'my-journey.ribbonOverWeeks',
  months: 'my-journey.ribbonOverMonths',
  years: 'my-journey.ribbonOverYears',
};

/** "4 to 5", or "2" when the range is one number. */
function range(min: number, max: number) {
  return min === max
    ? formatNumber(max)
    : t('my-journey.ribbonRange', {
        min: formatNumber(min),
        max: formatNumber(max),
      });
}

/** "Week 2 of about 4 to 5." */
export function describeProgress(progress: RibbonProgress) {
  return t((progress.isOver ? OVER_KEYS : PROGRESS_KEYS)[progress.unit], {
    count: formatNumber(progress.count),
    range: range(progress.min, progress.max),
  });
}

/** "February 2026", "February – March 2026". */
export function monthSpan(span: DateSpan) {
  return formatMonthSpan(span, currentLocale.intl);
}

/** "Feb 2 – 9, 2026". */
export function daySpan(span: DateSpan) {
  return formatDaySpan(span, currentLocale.intl);
}

/** When a treatment phase starts, as far as the start date tells. */
export function describeStart(segment: RibbonSegment, startDate: string) {
  if (!segment.start) return t('my-journey.ribbonStartUnknown');
  if (
    segment.start.from === segment.start.to &&
    segment.start.from === startDate
  ) {
    return t('my-journey.ribbonStartGiven', { date: shortDate(startDate) });
  }
  return t('my-journey.ribbonStartAbout', { months: monthSpan(segment.start) });
}
