import { useSituation } from '#src/state/journey-store.ts';
import { hasSituation } from './situation-match.ts';
import { situationToSearch } from './situation-url.ts';

/** A link that carries the situation only: never notes or dates. */
export function ShareSituation() {
  const situation = useSituation();
  if (!hasSituation(situation)) return null;
  const link = `${window.location.origin}/${situationToSearch(situation)}`;
  return (
    <div className="share-situation">
      <label htmlFor="situation-link" className="field-label">
        A link to the journey for this situation
      </label>
      <p id="situation-link-hint" className="hint">
        The link holds only the answers above, never your notes, questions or
        dates. Copy it to share.
      </p>
      <input
        id="situation-link"
        className="field"
        type="text"
        readOnly
        aria-describedby="situation-link-hint"
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
