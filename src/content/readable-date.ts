/**
 * How the guide writes a date for reading ("November 20, 2026",
 * "20 de noviembre de 2026"). The build writes every date of the content
 * ahead of time into `LocaleBundle.dates`, read by `formatDate` in i18n.ts:
 * the first Intl date format a page builds costs a slow phone about 150 ms
 * in one piece, and every page shows a reviewed date. Build-side only, as
 * is `digitsOf` below.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string) {
  return ISO_DATE.test(text);
}

/** A date format for `intl` (a BCP 47 tag); dates are read in UTC. */
function readableDateFormat(intl: string) {
  return new Intl.DateTimeFormat(intl, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** Formats a YYYY-MM-DD date for reading, without time-zone drift. */
function formatIsoDate(format: Intl.DateTimeFormat, isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return format.format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** Every YYYY-MM-DD date found in `content`, written for reading. */
export function readableDatesIn(
  content: unknown,
  intl: string,
): Record<string, string> {
  const format = readableDateFormat(intl);
  const dates: Record<string, string> = {};
  JSON.stringify(content, (_key, value: unknown) => {
    if (typeof value === 'string' && isIsoDate(value))
      dates[value] = formatIsoDate(format, value);
    return value;
  });
  return dates;
}

/**
 * The ten digits a language writes numbers with ("0123456789", or
 * "٠١٢٣٤٥٦٧٨٩" in Arabic), for `formatNumber` in i18n.ts: like the first date
 * format, the first Intl number format costs a slow phone over 100 ms, and
 * the step page shows numbers ("Step 7 of 36") as it starts.
 */
export function digitsOf(intl: string) {
  const format = new Intl.NumberFormat(intl, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit)).join(
    '',
  );
}
