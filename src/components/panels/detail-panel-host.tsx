import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PanelBody } from './panel-body.tsx';
import { PanelDialog } from './panel-dialog.tsx';
import { PANEL_PARAM, parsePanelRef } from './panel-ref.ts';

/** Shows the detail panel named in the URL, on whatever page is open. */
export function DetailPanelHost() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const panel = parsePanelRef(searchParams.get(PANEL_PARAM));
  if (!panel) return null;

  function handleClose() {
    const state = location.state as { isPanelFromApp?: boolean } | null;
    if (state?.isPanelFromApp) {
      // Opened inside the app: closing is the same as going back.
      void navigate(-1);
      return;
    }
    const rest = new URLSearchParams(searchParams);
    rest.delete(PANEL_PARAM);
    const search = rest.toString();
    void navigate(
      { pathname: location.pathname, search: search ? `?${search}` : '' },
      { replace: true },
    );
  }

  return (
    <PanelDialog
      key={`${panel.kind}:${panel.id}`}
      onClose={handleClose}
      labelledBy="panel-title"
    >
      <PanelBody panel={panel} />
    </PanelDialog>
  );
}
