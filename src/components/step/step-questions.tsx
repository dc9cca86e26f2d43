import type { Step } from '#src/content/schema.ts';
import { getQuestion } from '#src/content/journey.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';

type StepQuestionsProps = { step: Step };

export function StepQuestions({ step }: StepQuestionsProps) {
  const questions = step.questionIds
    .map((id) => getQuestion(id))
    .filter((question) => question !== undefined);
  if (questions.length === 0) return null;
  return (
    <Disclosure title="Questions to ask your care team">
      <ul className="question-list">
        {questions.map((question) => (
          <li key={question.id}>
            <Prose text={question.text} isInline />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
