import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { journey } from '#src/content/journey.ts';
import { useHereStepId, useNote } from '#src/state/journey-hooks.ts';
import { setHereStepId, setNote } from '#src/state/journey-store.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((item) => item.id));

type StepMineProps = { step: Step };

/** On a step page: "you are here" and the reader's own note for the step. */
export function StepMine({ step }: StepMineProps) {
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  const note = useNote(step.id);
  const noteId = `note-${step.id}`;
  return (
    <section className="step-mine" aria-labelledby={`${noteId}-title`}>
      <h2 id={`${noteId}-title`}>{t('my-journey.stepNotesHeading')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={hereStepId === step.id}
          onChange={(event) =>
            setHereStepId(event.target.checked ? step.id : null)
          }
        />
        {t('my-journey.stepHere')}
      </label>
      <label htmlFor={noteId} className="field-label">
        {t('my-journey.stepNoteLabel')}
      </label>
      <p id={`${noteId}-hint`} className="hint">
        {t('my-journey.stepNoteHint')}
      </p>
      <textarea
        id={noteId}
        className="note-field"
        aria-describedby={`${noteId}-hint`}
        rows={4}
        value={note}
        onChange={(event) => setNote(step.id, event.target.value)}
      />
    </section>
  );
}
