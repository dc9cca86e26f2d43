import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { ForgetDevice } from '#src/components/my-journey/forget-device.tsx';
import { MyNotes } from '#src/components/my-journey/my-notes.tsx';
import { MyQuestions } from '#src/components/my-journey/my-questions.tsx';
import { ShareSituation } from '#src/components/my-journey/share-situation.tsx';
import { hasSituation } from '#src/components/my-journey/situation-match.ts';
import { SituationPicker } from '#src/components/my-journey/situation-picker.tsx';
import { WhereYouAre } from '#src/components/my-journey/where-you-are.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';
import { useJourneyActions, useSituation } from '#src/state/journey-store.ts';

// Export and import are rarely used; their code (and zod) loads on demand.
const JourneyTransfer = lazy(async () => ({
  default: (await import('#src/components/my-journey/journey-transfer.tsx'))
    .JourneyTransfer,
}));

export function MyJourneyRoute() {
  useDocumentTitle('My journey');
  const situation = useSituation();
  const { clearSituation } = useJourneyActions();
  return (
    <div className="page page-narrow my-journey">
      <h1>My journey</h1>
      <p className="lead">
        Make the journey fit you, mark where you are, and keep notes and
        questions for your care team. Everything here stays on this device:
        nothing is sent anywhere.
      </p>

      <section aria-labelledby="my-situation-title">
        <h2 id="my-situation-title">Your situation</h2>
        <p>
          Answer what you know; every question is optional. Steps that do not
          fit fold away as “may apply — ask your team”. Without answers, the
          full general journey shows.
        </p>
        <SituationPicker />
        {hasSituation(situation) ? (
          <button type="button" className="button" onClick={clearSituation}>
            Clear my answers (show the general journey)
          </button>
        ) : null}
        <ShareSituation />
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">Where you are</h2>
        <WhereYouAre />
      </section>

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">Your questions</h2>
        <MyQuestions />
      </section>

      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Your notes</h2>
        <MyNotes />
      </section>

      <section aria-labelledby="handout-title">
        <h2 id="handout-title">A handout to print</h2>
        <p>
          One to three pages with your situation, the timeline, your questions
          and notes, and space for your care team’s phone numbers.
        </p>
        <Link className="button button-primary" to={paths.handout.getHref()}>
          Open the handout
        </Link>
      </section>

      <section aria-labelledby="transfer-title">
        <h2 id="transfer-title">Keep a copy or move to another device</h2>
        <Suspense fallback={<p>Loading…</p>}>
          <JourneyTransfer />
        </Suspense>
      </section>

      <section aria-labelledby="forget-title">
        <h2 id="forget-title">Forget this device</h2>
        <ForgetDevice />
      </section>
    </div>
  );
}
