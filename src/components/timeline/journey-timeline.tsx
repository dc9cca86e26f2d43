import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t, type MessageKey } from '#src/content/i18n.ts';
import { getStepsInPhase, journey } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';
import {
  EstimateNoteSlot,
  PhaseEstimateSlot,
} from '#src/components/my-journey/lazy-estimates.tsx';
import {
  firstComingPhaseId,
  phaseFit,
  trackFit,
  type Fit,
} from '#src/content/situation-fit.ts';
import { useAudience } from '#src/state/reader-audience.ts';
import { useHereStepId, useSituation } from '#src/state/journey-hooks.ts';
import type { Situation } from '#src/content/situation.ts';
import { gridClasses, methodLabel, TrackLane } from './track-lane.tsx';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));
const MAIN_PHASES = journey.phases.filter((phase) => phase.kind !== 'branch');
const BRANCH_PHASES = journey.phases.filter((phase) => phase.kind === 'branch');
const SETTING_LABELS = {
  hospital: 'timeline.settingHospital',
  clinic: 'timeline.settingClinic',
  home: 'timeline.settingHome',
} as const satisfies Record<string, MessageKey>;

/**
 * Grid position of the phases a group or lane spans, as classes (at-N,
 * span-N in global.css) rather than inline styles, which the
 * Content-Security-Policy blocks in the prerendered page.
 */
function spanOf(phaseIds: readonly string[]) {
  const indexes = phaseIds
    .map((id) => MAIN_PHASES.findIndex((phase) => phase.id === id))
    .filter((index) => index >= 0);
  const start = Math.min(...indexes);
  return gridClasses(start + 1, Math.max(...indexes) - start + 1);
}

const GROUPS = [
  ...new Map(
    MAIN_PHASES.filter((phase) => phase.group).map((phase) => [
      phase.group!.id,
      {
        ...phase.group!,
        phaseIds: MAIN_PHASES.filter(
          (item) => item.group?.id === phase.group!.id,
        ).map((item) => item.id),
      },
    ]),
  ).values(),
];

/**
 * The whole journey at a glance: phases in order, the post-remission group,
 * and lanes (CNS prophylaxis, Ph+ therapy) drawn across the phases they span.
 * Horizontal on wide screens, vertical on phones (see timeline.css).
 */
export function JourneyTimeline() {
  const audience = useAudience();
  const plain = usePlainText();
  const situation = useSituation();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  const herePhaseId = journey.steps.find(
    (step) => step.id === hereStepId,
  )?.phaseId;
  const nextPhaseId = firstComingPhaseId(MAIN_PHASES, situation);
  return (
    <section className="timeline-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.phasesTitle')}</h2>
      <EstimateNoteSlot />
      <div className={`timeline phases-${MAIN_PHASES.length}`}>
        {GROUPS.map((group) => (
          <div
            key={group.id}
            className={`timeline-group ${spanOf(group.phaseIds)}`}
          >
            <span className="timeline-group-title">{group.title}</span>
          </div>
        ))}
        {MAIN_PHASES.map((phase, index) => {
          const firstStep = getStepsInPhase(phase.id)[0];
          const fit = phaseFit(phase, situation);
          return (
            <div
              key={phase.id}
              className={`timeline-phase timeline-phase-${phase.kind} ${gridClasses(index + 1, 1)}${fit.kind === 'folded' ? ' is-folded' : ''}`}
            >
              {phase.group ? (
                <p className="timeline-phase-group">{phase.group.title}</p>
              ) : null}
              <h3 className="timeline-phase-title">
                {firstStep ? (
                  <Link to={paths.step.getHref(firstStep.id)}>
                    {plain(phase.title)}
                  </Link>
                ) : (
                  plain(phase.title)
                )}
              </h3>
              {phase.id === herePhaseId ? (
                <p className="here-badge">{t('timeline.youAreHere')}</p>
              ) : null}
              <FitNote fit={fit} isNext={phase.id === nextPhaseId} />
              <p className="timeline-duration">
                {phase.duration[audience].label}
              </p>
              <PhaseEstimateSlot phaseId={phase.id} as="p" />
              <p className="timeline-settings">
                {phase.settings
                  .map((setting) => t(SETTING_LABELS[setting]))
                  .join(' · ')}
              </p>
              {fit.kind === 'folded' ? null : (
                <div className="timeline-summary">
                  <Prose text={phase.summary} />
                </div>
              )}
              <PhaseLaneNotes phaseId={phase.id} situation={situation} />
            </div>
          );
        })}
        {journey.tracks.map((track, index) => (
          <TrackLane
            key={track.id}
            track={track}
            fit={trackFit(track, situation)}
            row={index}
            gridClassName={spanOf(
              track.segments.map((segment) => segment.phaseId),
            )}
            columnOf={(phaseId) =>
              MAIN_PHASES.findIndex((phase) => phase.id === phaseId) + 1
            }
          />
        ))}
      </div>
      {BRANCH_PHASES.length > 0 ? (
        <div className="timeline-branches">
          <h3>{t('timeline.otherPathsTitle')}</h3>
          <ul>
            {BRANCH_PHASES.map((phase) => {
              const firstStep = getStepsInPhase(phase.id)[0];
              const from = (phase.branchesFrom ?? [])
                .map((id) => journey.phases.find((item) => item.id === id))
                .filter((item) => item !== undefined)
                .map((item) => plain(item.title));
              return (
                <li key={phase.id} className="timeline-branch">
                  {firstStep ? (
                    <Link to={paths.step.getHref(firstStep.id)}>
                      {plain(phase.title)}
                    </Link>
                  ) : (
                    plain(phase.title)
                  )}
                  {from.length > 0 ? (
                    <span>
                      {' — '}
                      {t('timeline.branchStartsDuring', {
                        phases: from.join(', '),
                      })}
                    </span>
                  ) : null}
                  {phase.id === herePhaseId ? (
                    <span className="here-badge">
                      {t('timeline.youAreHere')}
                    </span>
                  ) : null}
                  <FitNote fit={phaseFit(phase, situation)} />
                  {phaseFit(phase, situation).kind === 'folded' ? null : (
                    <Prose text={phase.summary} />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/**
 * What the reader's situation means for a phase: when it comes (next,
 * later, behind), or folded, or unsure.
 */
function FitNote({ fit, isNext = false }: { fit: Fit; isNext?: boolean }) {
  if (fit.kind === 'fits') return null;
  if (fit.kind === 'coming' || fit.kind === 'past') {
    return (
      <p className={`timing-badge timing-${fit.kind}`}>
        {fit.kind === 'past'
          ? t('timeline.behindYou')
          : isNext
            ? t('timeline.comingNext')
            : t('timeline.comingLater')}
      </p>
    );
  }
  return (
    <div className="fit-note">
      {fit.kind === 'folded' ? (
        <p>{t('timeline.mayApplyNote')}</p>
      ) : (
        fit.hints.map((hint) => <p key={hint}>{hint}</p>)
      )}
    </div>
  );
}

/** On phones the lanes are thin bands; what each does in a phase shows here. */
function PhaseLaneNotes({
  phaseId,
  situation,
}: {
  phaseId: string;
  situation: Situation;
}) {
  const notes = journey.tracks.flatMap((track) => {
    const segment = track.segments.find((item) => item.phaseId === phaseId);
    return segment ? [{ track, segment }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <ul className="phase-lane-notes">
      {notes.map(({ track, segment }) => (
        <li
          key={track.id}
          className={`lane-note lane-note-${journey.tracks.indexOf(track) % 2 === 0 ? 'a' : 'b'}`}
        >
          <strong>{track.shortTitle}:</strong>{' '}
          {trackFit(track, situation).kind === 'folded' ? (
            t('timeline.mayApplyNote')
          ) : segment.methods && segment.methods.length > 0 ? (
            segment.methods.map(methodLabel).join(' · ')
          ) : (
            <Prose text={segment.how} isInline />
          )}
        </li>
      ))}
    </ul>
  );
}
