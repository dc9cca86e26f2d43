const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a YYYY-MM-DD date for reading, without time-zone drift. */
export function formatDate(isoDate: string, locale = 'en-US') {
  // Building an Intl formatter is slow; one per locale is enough.
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, formatter);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return formatter.format(new Date(Date.UTC(year!, month! - 1, day!)));
}
