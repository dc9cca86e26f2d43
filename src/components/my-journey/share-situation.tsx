import { currentLocale, t } from '#src/content/i18n.ts';
import { basenameOf } from '#src/content/locale-path.ts';
import { useSituation } from '#src/state/journey-hooks.ts';
import { hasSituation, situationToSearch } from '#src/content/situation.ts';

/** A link that carries the situation only: never notes or dates. */
export function ShareSituation() {
  const situation = useSituation();
  if (!hasSituation(situation)) return null;
  // The language prefix (/es) makes the link open in the sender's language.
  const link = `${window.location.origin}${basenameOf(currentLocale)}/${situationToSearch(situation)}`;
  return (
    <div className="share-situation">
      <label htmlFor="situation-link" className="field-label">
        {t('my-journey.shareLabel')}
      </label>
      <p id="situation-link-hint" className="hint">
        {t('my-journey.shareHint')}
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
