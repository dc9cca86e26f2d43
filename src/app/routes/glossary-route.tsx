import { GlossaryList } from '#src/components/glossary/glossary-list.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function GlossaryRoute() {
  useDocumentTitle('Glossary');
  return (
    <div className="page page-narrow">
      <h1>Glossary</h1>
      <p className="lead">
        Plain explanations of words you may hear from your care team.
      </p>
      <GlossaryList />
    </div>
  );
}
