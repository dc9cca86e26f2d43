import type { CSSProperties } from 'react';
import type { CnsMethod, Track } from '#src/content/schema.ts';
import type { Fit } from '#src/components/my-journey/situation-match.ts';
import { getPhaseById } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';

type TrackLaneProps = {
  track: Track;
  /** How the track fits the reader's situation (see situation-match.ts). */
  fit?: Fit;
  row: number;
  style: CSSProperties;
  columnOf: (phaseId: string) => number;
};

export const METHOD_LABELS: Record<CnsMethod, string> = {
  intrathecal: 'Medicine into the spinal fluid',
  'high-dose-systemic': 'High-dose chemotherapy',
  'cranial-radiation': 'Radiation to the head (some people only)',
};

/** One continuous band across the phases a track spans, with a marker per phase. */
export function TrackLane({
  track,
  fit,
  row,
  style,
  columnOf,
}: TrackLaneProps) {
  const plain = usePlainText();
  const firstColumn = columnOf(track.segments[0]!.phaseId);
  return (
    <div
      className={`track-lane track-lane-${row % 2 === 0 ? 'a' : 'b'}${fit?.kind === 'folded' ? ' is-folded' : ''}`}
      style={{ ...style, '--lane': row } as CSSProperties}
      role="group"
      aria-label={track.shortTitle}
    >
      <p className="track-lane-title">
        {track.shortTitle}
        {track.conditions?.includes('ph-positive') ? (
          <span className="badge">Only if Ph+</span>
        ) : null}
        {fit?.kind === 'folded' ? (
          <span className="badge">May apply — ask your team</span>
        ) : null}
        {fit?.kind === 'unsure' ? (
          <span className="badge">Ask your team</span>
        ) : null}
      </p>
      <ol className="track-markers">
        {track.segments.map((segment) => {
          const phase = getPhaseById(segment.phaseId);
          return (
            <li
              key={segment.phaseId}
              className="track-marker"
              style={
                {
                  '--col': columnOf(segment.phaseId) - firstColumn + 1,
                } as CSSProperties
              }
            >
              <span className="track-marker-phase">
                {phase ? plain(phase.title) : ''}
              </span>
              {segment.methods && segment.methods.length > 0 ? (
                <span className="track-marker-methods">
                  {segment.methods
                    .map((method) => METHOD_LABELS[method])
                    .join(' · ')}
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
