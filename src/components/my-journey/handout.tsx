import { Fragment } from 'react';
import { currentLocale, t, tParts } from '#src/content/i18n.ts';
import {
  getQuestion,
  getSource,
  getStepById,
  getUnitProfile,
  journey,
} from '#src/content/journey.ts';
import { sourceLocale } from '#src/content/journey-data.ts';
import type { Phase } from '#src/content/schema.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { HandoutTeachingRecords } from '#src/components/recap/handout-teaching.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import { useAudience } from '#src/state/reader-audience.ts';
import {
  useHereStepId,
  useNotes,
  useOwnQuestions,
  useSituation,
  useStartDate,
  useTickedQuestionIds,
} from '#src/state/journey-hooks.ts';
import { shortDate } from './estimate-text.ts';
import { JourneyRibbon } from './journey-ribbon.tsx';
import { localToday } from './ribbon.ts';
import { shortUrl } from './short-url.ts';
import { describeSituation } from './situation-labels.ts';
import { phaseFit } from '#src/content/situation-fit.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));
const unitProfile = getUnitProfile();
const hasUnitNumbers =
  unitProfile.dayPhone !== undefined ||
  unitProfile.afterHoursPhone !== undefined;

/** Sources behind the phases: a short list that fits on the handout. */
const HANDOUT_SOURCE_IDS = [
  ...new Set(journey.phases.flatMap((phase) => phase.sourceIds)),
];

/** The side paths: not drawn on the ribbon, so listed under it. */
const SIDE_PATHS = journey.phases.filter((phase) => phase.kind === 'branch');

/** The cited pages are in English: marked so on a page in another language. */
const isSourceForeign = currentLocale.code !== sourceLocale.code;

/** Ruled lines under a question, to write the answer in by hand. */
function AnswerSpace() {
  return (
    <div className="answer-space">
      <p className="answer-line">{t('my-journey.handoutAnswer')}</p>
      <p className="answer-line" aria-hidden="true" />
    </div>
  );
}

/**
 * The printable handout: 1 to 3 pages, black on white (see global.css).
 * The ribbon first, then the questions with room for the answers, the
 * phone numbers, the notes, and the sources one line each.
 */
export function Handout() {
  const plain = usePlainText();
  const audience = useAudience();
  const situation = useSituation();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  const hereStep = getStepById(hereStepId ?? undefined);
  const startDate = useStartDate();
  const notes = useNotes();
  const ownQuestions = useOwnQuestions();
  const ticked = useTickedQuestionIds()
    .map((id) => getQuestion(id))
    .filter((question) => question !== undefined);
  const situationLines = describeSituation(situation);
  const noteEntries = Object.entries(notes);
  const today = localToday();

  /** What the situation and "you are here" add to a phase. */
  function phaseNotes(phase: Phase) {
    const isHerePhase = hereStep?.phaseId === phase.id;
    const fit = phaseFit(phase, situation);
    return (
      <>
        {fit.kind === 'folded' ? ` ${t('my-journey.handoutMayApply')}` : null}
        {isHerePhase && hereStep ? (
          <p className="handout-here">
            <strong>{t('my-journey.handoutYouAreHere')}</strong>{' '}
            {plain(hereStep.title)}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <article className="handout">
      <section aria-labelledby="handout-timeline">
        <h2 id="handout-timeline">{t('my-journey.handoutJourney')}</h2>
        <JourneyRibbon
          today={today}
          addDate="none"
          renderPhaseExtra={phaseNotes}
        />
        <h3>{t('my-journey.handoutSidePaths')}</h3>
        <ul className="handout-timeline">
          {SIDE_PATHS.map((phase) => (
            <li key={phase.id}>
              <strong>{plain(phase.title)}</strong>
              {phase.kind === 'branch'
                ? ` ${t('my-journey.handoutOnlySome')}`
                : null}
              {' — '}
              {phase.duration[audience].label}.{phaseNotes(phase)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="handout-situation">
        <h2 id="handout-situation">{t('my-journey.handoutSituation')}</h2>
        {situationLines.length > 0 ? (
          <ul>
            {situationLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{t('my-journey.handoutNoSituation')}</p>
        )}
        {startDate ? (
          <p>
            {t('my-journey.treatmentStarted', { date: shortDate(startDate) })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="handout-questions">
        <h2 id="handout-questions">{t('my-journey.handoutQuestions')}</h2>
        {ticked.length === 0 && ownQuestions.length === 0 ? (
          <p>{t('my-journey.handoutNoQuestions')}</p>
        ) : (
          <ol className="handout-questions">
            {ticked.map((question) => (
              <li key={question.id}>
                <p className="handout-question">{plain(question.text)}</p>
                <AnswerSpace />
              </li>
            ))}
            {ownQuestions.map((question) => (
              <li key={question.id}>
                <p className="handout-question handout-text">{question.text}</p>
                <AnswerSpace />
              </li>
            ))}
          </ol>
        )}
      </section>

      {/* The unit's own numbers when the build has a unit profile; blank
          lines to fill in by hand for anything it does not give. */}
      <section
        aria-labelledby="handout-phones"
        className="handout-phones"
        data-slot="care-team-phones"
      >
        <h2 id="handout-phones">{t('my-journey.handoutPhones')}</h2>
        {hasUnitNumbers ? (
          <UnitContacts />
        ) : (
          <p>{t('my-journey.handoutFillIn')}</p>
        )}
        <dl>
          {unitProfile.dayPhone ? null : (
            <div>
              <dt>{t('my-journey.handoutDayPhone')}</dt>
              <dd className="write-in" />
            </div>
          )}
          {unitProfile.afterHoursPhone ? null : (
            <div>
              <dt>{t('my-journey.handoutNightPhone')}</dt>
              <dd className="write-in" />
            </div>
          )}
          {unitProfile.feverTemperature ? null : (
            <div>
              <dt>{t('my-journey.handoutFever')}</dt>
              <dd className="write-in" />
            </div>
          )}
          <div>
            <dt>{t('my-journey.handoutMainContact')}</dt>
            <dd className="write-in" />
          </div>
          <div>
            <dt>{t('my-journey.handoutEmergency')}</dt>
            {unitProfile.emergencyNumber ? (
              <dd>{unitProfile.emergencyNumber}</dd>
            ) : (
              <dd className="write-in" />
            )}
          </div>
        </dl>
      </section>

      <section aria-labelledby="handout-notes">
        <h2 id="handout-notes">{t('my-journey.handoutNotes')}</h2>
        {noteEntries.length === 0 ? (
          <p>{t('my-journey.handoutNoNotes')}</p>
        ) : (
          <dl className="handout-notes">
            {noteEntries.map(([stepId, text]) => {
              const step = getStepById(stepId);
              return (
                <div key={stepId}>
                  <dt>
                    {step
                      ? plain(step.title)
                      : t('my-journey.handoutOtherNote')}
                  </dt>
                  <dd className="handout-text">{text}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <HandoutTeachingRecords />

      <section aria-labelledby="handout-sources">
        <h2 id="handout-sources">{t('my-journey.handoutSources')}</h2>
        <ul className="handout-sources">
          {HANDOUT_SOURCE_IDS.map((id) => getSource(id))
            .filter((source) => source !== undefined)
            .map((source) => (
              <li key={source.id}>
                {tParts('my-journey.handoutSource', {
                  publisher: source.publisher,
                  title: isSourceForeign ? (
                    <span lang={sourceLocale.code}>{source.title}</span>
                  ) : (
                    source.title
                  ),
                  // Its words are the source's (English) words too.
                  url: isSourceForeign ? (
                    <span lang={sourceLocale.code}>{shortUrl(source.url)}</span>
                  ) : (
                    shortUrl(source.url)
                  ),
                }).map((part, i) => (
                  <Fragment key={i}>{part}</Fragment>
                ))}
              </li>
            ))}
        </ul>
        <p>{t('my-journey.handoutDisclaimer')}</p>
      </section>
      <p className="handout-date">
        {t('my-journey.handoutPrinted', { date: shortDate(today) })}
      </p>
    </article>
  );
}
