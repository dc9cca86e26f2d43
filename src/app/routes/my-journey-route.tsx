import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { ForgetDevice } from '#src/components/my-journey/forget-device.tsx';
import { JourneyRibbon } from '#src/components/my-journey/journey-ribbon.tsx';
import { MyNotes } from '#src/components/my-journey/my-notes.tsx';
import { MyQuestions } from '#src/components/my-journey/my-questions.tsx';
import { ShareSituation } from '#src/components/my-journey/share-situation.tsx';
import { TeachingRecords } from '#src/components/recap/teaching-records.tsx';
import { hasSituation } from '#src/content/situation.ts';
import { SituationPicker } from '#src/components/my-journey/situation-picker.tsx';
import { WhereYouAre } from '#src/components/my-journey/where-you-are.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';
import { clearSituation } from '#src/state/journey-store.ts';
import { useSituation } from '#src/state/journey-hooks.ts';

// Export and import are rarely used; their code (and zod) loads on demand.
const JourneyTransfer = lazy(async () => ({
  default: (await import('#src/components/my-journey/journey-transfer.tsx'))
    .JourneyTransfer,
}));

export function MyJourneyRoute() {
  useDocumentTitle(t('app.myJourneyTitle'));
  const situation = useSituation();
  return (
    <div className="page page-narrow my-journey">
      <h1>{t('app.myJourneyTitle')}</h1>
      <p className="lead">{t('app.myJourneyLead')}</p>

      {/* The parent's own tasks first (questions, notes, handout, topics
          taught), then the ribbon, then the setup that tunes it, then the
          rarely used tools. */}
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t('app.myJourneyQuestionsHeading')}</h2>
        <MyQuestions />
      </section>

      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('app.myJourneyNotesHeading')}</h2>
        <MyNotes />
      </section>

      <section aria-labelledby="handout-title">
        <h2 id="handout-title">{t('app.myJourneyHandoutHeading')}</h2>
        <p>{t('app.myJourneyHandoutIntro')}</p>
        <Link className="button button-primary" to={paths.handout.getHref()}>
          {t('app.myJourneyOpenHandout')}
        </Link>
      </section>

      <TeachingRecords />

      <section aria-labelledby="ribbon-title">
        <h2 id="ribbon-title">{t('my-journey.ribbonHeading')}</h2>
        <JourneyRibbon addDate="here" />
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">{t('app.myJourneyWhereHeading')}</h2>
        <WhereYouAre />
      </section>

      <section aria-labelledby="my-situation-title">
        <h2 id="my-situation-title">{t('app.myJourneySituationHeading')}</h2>
        <p>{t('app.myJourneySituationIntro')}</p>
        <SituationPicker />
        {hasSituation(situation) ? (
          <button type="button" className="button" onClick={clearSituation}>
            {t('app.myJourneyClearSituation')}
          </button>
        ) : null}
        <ShareSituation />
      </section>

      <section aria-labelledby="transfer-title">
        <h2 id="transfer-title">{t('app.myJourneyTransferHeading')}</h2>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <JourneyTransfer />
        </Suspense>
      </section>

      <section aria-labelledby="forget-title">
        <h2 id="forget-title">{t('app.myJourneyForgetHeading')}</h2>
        <ForgetDevice />
      </section>
    </div>
  );
}
