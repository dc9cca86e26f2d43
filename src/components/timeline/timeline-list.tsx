import { t } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { Prose, usePlainText } from '#src/components/content/prose.tsx';
import {
  EstimateNoteSlot,
  PhaseEstimateSlot,
} from '#src/components/my-journey/lazy-estimates.tsx';
import { useAudience } from '#src/state/reader-audience.ts';
import { StepList } from './step-list.tsx';

/** The same timeline as text: for screen readers, print and small screens. */
export function TimelineList() {
  const audience = useAudience();
  const plain = usePlainText();
  return (
    <section className="timeline-list" aria-labelledby="timeline-list-title">
      <h2 id="timeline-list-title">{t('timeline.listTitle')}</h2>
      <StepList />
      <h3>{t('timeline.listTracksTitle')}</h3>
      <ul>
        {journey.tracks.map((track) => (
          <li key={track.id}>
            <strong>{track.title}.</strong>{' '}
            <Prose text={track.summary} isInline />
            <ul>
              {track.segments.map((segment) => {
                const phase = journey.phases.find(
                  (item) => item.id === segment.phaseId,
                );
                return (
                  <li key={segment.phaseId}>
                    {phase ? `${plain(phase.title)}: ` : null}
                    <Prose text={segment.how} isInline />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <h3>{t('timeline.listDurationsTitle')}</h3>
      <EstimateNoteSlot />
      <dl className="duration-list">
        {journey.phases.map((phase) => (
          <div key={phase.id}>
            <dt>{plain(phase.title)}</dt>
            <dd>{phase.duration[audience].label}</dd>
            <PhaseEstimateSlot phaseId={phase.id} as="dd" />
          </div>
        ))}
      </dl>
    </section>
  );
}
