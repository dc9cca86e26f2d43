import { useState, type FormEvent } from 'react';
import { t } from '#src/content/i18n.ts';
import { getQuestion } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import {
  addOwnQuestion,
  removeOwnQuestion,
  toggleQuestion,
} from '#src/state/journey-store.ts';
import {
  useOwnQuestions,
  useTickedQuestionIds,
} from '#src/state/journey-hooks.ts';

/**
 * The reader's own questions, then those ticked on step pages. Own first:
 * "Add a question" then stays on a phone's first screen or two, however
 * many questions were ticked.
 */
export function MyQuestions() {
  const plain = usePlainText();
  const tickedIds = useTickedQuestionIds();
  const ownQuestions = useOwnQuestions();
  const [draft, setDraft] = useState('');
  const ticked = tickedIds
    .map((id) => getQuestion(id))
    .filter((question) => question !== undefined);

  function handleAdd(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') return;
    addOwnQuestion(draft);
    setDraft('');
  }

  return (
    <div className="my-questions">
      <h3>{t('my-journey.questionsOwn')}</h3>
      {ownQuestions.length > 0 ? (
        <ul className="own-questions">
          {ownQuestions.map((question) => (
            <li key={question.id}>
              <span className="own-question-text">{question.text}</span>
              <button
                type="button"
                className="button"
                aria-label={t('my-journey.questionsRemoveLabel', {
                  question: question.text,
                })}
                onClick={() => removeOwnQuestion(question.id)}
              >
                {t('my-journey.questionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={handleAdd} className="own-question-form">
        <label htmlFor="own-question" className="field-label">
          {t('my-journey.questionsAddLabel')}
        </label>
        <textarea
          id="own-question"
          className="note-field"
          rows={2}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button">
          {t('my-journey.questionsAdd')}
        </button>
      </form>
      <h3>{t('my-journey.questionsTicked')}</h3>
      {ticked.length === 0 ? (
        <p>{t('my-journey.questionsTickedEmpty')}</p>
      ) : (
        <ul className="question-list">
          {ticked.map((question) => (
            <li key={question.id}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked
                  onChange={() => toggleQuestion(question.id)}
                />
                {plain(question.text)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
