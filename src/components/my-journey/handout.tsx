import {
  getQuestion,
  getSource,
  getStepById,
  getUnitProfile,
  journey,
} from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import {
  useAudience,
  useHereStepId,
  useNotes,
  useOwnQuestions,
  useSituation,
  useStartDate,
  useTickedQuestionIds,
} from '#src/state/journey-store.ts';
import {
  describeEstimate,
  ESTIMATE_NOTE,
  estimatePhases,
  formatShortDate,
} from './estimates.ts';
import { describeSituation } from './situation-labels.ts';
import { phaseFit } from './situation-match.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));
const unitProfile = getUnitProfile();
const hasUnitNumbers =
  unitProfile.dayPhone !== undefined ||
  unitProfile.afterHoursPhone !== undefined;

/** Sources behind the phases: a short list that fits on the handout. */
const HANDOUT_SOURCE_IDS = [
  ...new Set(journey.phases.flatMap((phase) => phase.sourceIds)),
];

/** The printable handout: 1 to 3 pages, black on white (see global.css). */
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
  const estimates = startDate
    ? estimatePhases(journey.phases, startDate, audience)
    : null;
  const situationLines = describeSituation(situation);
  const noteEntries = Object.entries(notes);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="handout">
      <section aria-labelledby="handout-situation">
        <h2 id="handout-situation">Situation</h2>
        {situationLines.length > 0 ? (
          <ul>
            {situationLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>Not chosen: this is the general journey.</p>
        )}
        {startDate ? (
          <p>Treatment started: {formatShortDate(startDate)}</p>
        ) : null}
      </section>

      <section aria-labelledby="handout-timeline">
        <h2 id="handout-timeline">The journey</h2>
        {estimates ? <p>{ESTIMATE_NOTE}</p> : null}
        <ol className="handout-timeline">
          {journey.phases.map((phase) => {
            const isHerePhase = hereStep?.phaseId === phase.id;
            const fit = phaseFit(phase, situation);
            const estimate = estimates?.get(phase.id);
            return (
              <li key={phase.id}>
                <strong>{plain(phase.title)}</strong>
                {phase.kind === 'branch' ? ' (only some people)' : null}
                {' — '}
                {phase.duration[audience].label}.
                {fit.kind === 'folded' ? ' May apply — ask your team.' : null}
                {estimate ? <> {describeEstimate(estimate)}</> : null}
                {isHerePhase && hereStep ? (
                  <p className="handout-here">
                    <strong>You are here:</strong> {plain(hereStep.title)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="handout-questions">
        <h2 id="handout-questions">Questions to ask</h2>
        {ticked.length === 0 && ownQuestions.length === 0 ? (
          <p>No questions chosen yet.</p>
        ) : (
          <ul className="handout-questions">
            {ticked.map((question) => (
              <li key={question.id}>{plain(question.text)}</li>
            ))}
            {ownQuestions.map((question) => (
              <li key={question.id} className="handout-text">
                {question.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="handout-notes">
        <h2 id="handout-notes">Notes</h2>
        {noteEntries.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <dl className="handout-notes">
            {noteEntries.map(([stepId, text]) => {
              const step = getStepById(stepId);
              return (
                <div key={stepId}>
                  <dt>{step ? plain(step.title) : 'Other'}</dt>
                  <dd className="handout-text">{text}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      {/* The unit's own numbers when the build has a unit profile; blank
          lines to fill in by hand for anything it does not give. */}
      <section
        aria-labelledby="handout-phones"
        className="handout-phones"
        data-slot="care-team-phones"
      >
        <h2 id="handout-phones">Care team phone numbers</h2>
        {hasUnitNumbers ? <UnitContacts /> : <p>Fill in by hand.</p>}
        <dl>
          {unitProfile.dayPhone ? null : (
            <div>
              <dt>Day-time number</dt>
              <dd className="write-in" />
            </div>
          )}
          {unitProfile.afterHoursPhone ? null : (
            <div>
              <dt>Night and weekend number</dt>
              <dd className="write-in" />
            </div>
          )}
          <div>
            <dt>Main nurse or doctor</dt>
            <dd className="write-in" />
          </div>
        </dl>
      </section>

      <section aria-labelledby="handout-sources">
        <h2 id="handout-sources">Where the information comes from</h2>
        <ul className="handout-sources">
          {HANDOUT_SOURCE_IDS.map((id) => getSource(id))
            .filter((source) => source !== undefined)
            .map((source) => (
              <li key={source.id}>
                {source.publisher}: {source.title} ({source.url})
              </li>
            ))}
        </ul>
        <p>
          General information, not medical advice: your care team decides, and
          your plan may differ.
        </p>
      </section>
      <p className="handout-date">Printed on {formatShortDate(today)}</p>
    </article>
  );
}
