import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { getStepById } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { setNote } from '#src/state/journey-store.ts';
import { useNotes } from '#src/state/journey-hooks.ts';

/** Every note the reader wrote, editable here too. */
export function MyNotes() {
  const plain = usePlainText();
  const notes = useNotes();
  const entries = Object.entries(notes);
  if (entries.length === 0) {
    return <p>{t('my-journey.notesEmpty')}</p>;
  }
  return (
    <ul className="my-notes">
      {entries.map(([stepId, text]) => {
        const step = getStepById(stepId);
        const title = step ? plain(step.title) : t('my-journey.notesGoneStep');
        return (
          <li key={stepId}>
            <label htmlFor={`my-note-${stepId}`} className="field-label">
              {t('my-journey.notesFor', { title })}
            </label>
            <textarea
              id={`my-note-${stepId}`}
              className="note-field"
              rows={3}
              value={text}
              onChange={(event) => setNote(stepId, event.target.value)}
            />
            {step ? (
              <Link to={paths.step.getHref(stepId)}>
                {t('my-journey.notesOpenStep')}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
