import type { CnsMethod, Track } from '#src/content/schema.ts';
import type { Fit } from '#src/content/situation-fit.ts';
import { t, type MessageKey } from '#src/content/i18n.ts';
import { getPhaseById } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';

type TrackLaneProps = {
  track: Track;
  /** How the track fits the reader's situation (see src/content/situation-fit.ts). */
  fit?: Fit;
  row: number;
  /** Grid position classes (see gridClasses). */
  gridClassName: string;
  columnOf: (phaseId: string) => number;
};

const METHOD_LABELS: Record<CnsMethod, MessageKey> = {
  intrathecal: 'timeline.methodIntrathecal',
  'high-dose-systemic': 'timeline.methodHighDoseSystemic',
  'cranial-radiation': 'timeline.methodCranialRadiation',
};

/** How a lane treats the brain and spinal cord in a phase, as a short label. */
export function methodLabel(method: CnsMethod) {
  return t(METHOD_LABELS[method]);
}

/**
 * Classes that place an item on the timeline grid: at-N (first column or
 * row) and span-N. global.css defines them for up to MAX_TIMELINE_PHASES.
 */
export function gridClasses(start: number, span: number) {
  return `at-${start} span-${span}`;
}

/** The timeline's CSS positions up to this many phases and 4 lanes. */
export const MAX_TIMELINE_PHASES = 8;

/** One continuous band across the phases a track spans, with a marker per phase. */
export function TrackLane({
  track,
  fit,
  row,
  gridClassName,
  columnOf,
}: TrackLaneProps) {
  const plain = usePlainText();
  const firstColumn = columnOf(track.segments[0]!.phaseId);
  return (
    <div
      className={`track-lane track-lane-${row % 2 === 0 ? 'a' : 'b'} lane-${row} ${gridClassName}${fit?.kind === 'folded' ? ' is-folded' : ''}`}
      role="group"
      aria-label={track.shortTitle}
    >
      <p className="track-lane-title">
        {track.shortTitle}
        {track.conditions?.includes('ph-positive') ? (
          <span className="badge">{t('timeline.laneOnlyIfPhPositive')}</span>
        ) : null}
        {fit?.kind === 'folded' ? (
          <span className="badge">{t('timeline.laneMayApply')}</span>
        ) : null}
        {fit?.kind === 'unsure' ? (
          <span className="badge">{t('timeline.laneAskYourTeam')}</span>
        ) : null}
      </p>
      <ol className="track-markers">
        {track.segments.map((segment) => {
          const phase = getPhaseById(segment.phaseId);
          return (
            <li
              key={segment.phaseId}
              className={`track-marker col-${columnOf(segment.phaseId) - firstColumn + 1}`}
            >
              <span className="track-marker-phase">
                {phase ? plain(phase.title) : ''}
              </span>
              {segment.methods && segment.methods.length > 0 ? (
                <span className="track-marker-methods">
                  {segment.methods.map(methodLabel).join(' · ')}
                </span>
              ) : (
                <span className="track-marker-methods">
                  <Prose text={segment.how} isInline />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
