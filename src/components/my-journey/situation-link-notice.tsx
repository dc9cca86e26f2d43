import { useSituationFromUrl } from '#src/hooks/use-situation-from-url.ts';

/**
 * Applies a situation shared in a link (any page of the regular app, e.g.
 * the bedside QR hand-off to a step) and says so.
 */
export function SituationLinkNotice() {
  const message = useSituationFromUrl();
  // Rendered only with a message, so pages keep a single live status region.
  return message ? (
    <p role="status" className="situation-link-notice">
      {message}
    </p>
  ) : null;
}
