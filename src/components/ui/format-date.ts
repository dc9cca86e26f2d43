/** Formats a YYYY-MM-DD date for reading, without time-zone drift. */
export function formatDate(isoDate: string, locale = 'en-US') {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
