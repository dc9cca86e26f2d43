/**
 * "cancer.gov/types/leukemia/…": an address short enough for one printed
 * line, without scheme, "www." or query. Free of the page's strings, so
 * browser tests can load it in Node.
 */
export function shortUrl(url: string) {
  const { hostname, pathname } = new URL(url);
  return `${hostname.replace(/^www\./, '')}${pathname.replace(/\/$/, '')}`;
}
