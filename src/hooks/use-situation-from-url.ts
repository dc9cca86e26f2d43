import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  hasSituationParams,
  situationFromSearch,
  withoutSituationParams,
} from '#src/content/situation.ts';
import { t } from '#src/content/i18n.ts';
import { setSituation } from '#src/state/journey-store.ts';

/**
 * Applies a situation shared in a link, then removes it from the address so
 * a reload or Back does not apply it again. Returns a message to announce.
 */
export function useSituationFromUrl() {
  const { search, pathname, hash, state } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (!hasSituationParams(search)) return;
    const situation = situationFromSearch(search);
    if (situation) setSituation(situation);
    void navigate(`${pathname}${withoutSituationParams(search)}${hash}`, {
      replace: true,
      state: {
        situationMessage: situation
          ? t('app.situationLinkApplied')
          : t('app.situationLinkUnreadable'),
      },
    });
  }, [search, pathname, hash, navigate]);
  const message = (state as { situationMessage?: unknown } | null)
    ?.situationMessage;
  return typeof message === 'string' ? message : '';
}
