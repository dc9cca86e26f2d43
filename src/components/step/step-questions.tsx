import { t } from '#src/content/i18n.ts';
import type { Step } from '#src/content/schema.ts';
import { getQuestion } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { useIsQuestionTicked } from '#src/state/journey-hooks.ts';
import { toggleQuestion } from '#src/state/journey-store.ts';

type StepQuestionsProps = { step: Step };

export function StepQuestions({ step }: StepQuestionsProps) {
  const plain = usePlainText();
  const questions = step.questionIds
    .map((id) => getQuestion(id))
    .filter((question) => question !== undefined);
  if (questions.length === 0) return null;
  return (
    <Disclosure title={t('step.questionsTitle')}>
      <fieldset className="question-ticks">
        <legend>{t('step.questionsLegend')}</legend>
        <p className="hint">{t('step.questionsHint')}</p>
        <ul className="question-list">
          {questions.map((question) => (
            <li key={question.id}>
              <QuestionTick
                questionId={question.id}
                text={plain(question.text)}
              />
            </li>
          ))}
        </ul>
      </fieldset>
    </Disclosure>
  );
}

function QuestionTick({
  questionId,
  text,
}: {
  questionId: string;
  text: string;
}) {
  const isTicked = useIsQuestionTicked(questionId);
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={isTicked}
        onChange={() => toggleQuestion(questionId)}
      />
      {text}
    </label>
  );
}
