import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  hasSituationParams,
  situationFromSearch,
  withoutSituationParams,
} from '#src/components/my-journey/situation-url.ts';
import { useJourneyActions } from '#src/state/journey-store.ts';

const APPLIED =
  'The link you opened chose a situation, and the journey now shows it. You can change it any time.';
const UNREADABLE = 'The link you opened had a situation we could not read.';

/**
 * Applies a situation shared in a link, then removes it from the address so
 * a reload or Back does not apply it again. Returns a message to announce.
 */
export function useSituationFromUrl() {
  const { search, pathname, hash, state } = useLocation();
  const navigate = useNavigate();
  const { setSituation } = useJourneyActions();
  useEffect(() => {
    if (!hasSituationParams(search)) return;
    const situation = situationFromSearch(search);
    if (situation) setSituation(situation);
    void navigate(`${pathname}${withoutSituationParams(search)}${hash}`, {
      replace: true,
      state: { situationMessage: situation ? APPLIED : UNREADABLE },
    });
  }, [search, pathname, hash, navigate, setSituation]);
  const message = (state as { situationMessage?: unknown } | null)
    ?.situationMessage;
  return typeof message === 'string' ? message : '';
}
