import { useEffect } from 'react';
import { useParams } from 'react-router';
import { StepNotFound } from '#src/components/step/step-not-found.tsx';
import { StepView } from '#src/components/step/step-view.tsx';
import { t } from '#src/content/i18n.ts';
import { getStepById } from '#src/content/journey.ts';
import { markStepVisited } from '#src/state/journey-store.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';
import { usePlainText } from '#src/components/content/prose.tsx';

export function StepRoute() {
  const { stepId } = useParams();
  const step = getStepById(stepId);
  const plain = usePlainText();
  useDocumentTitle(step ? plain(step.title) : t('app.stepNotFoundTitle'));

  useEffect(() => {
    if (step) markStepVisited(step.id);
  }, [step]);

  if (!step) return <StepNotFound stepId={stepId ?? ''} />;
  return <StepView step={step} />;
}
