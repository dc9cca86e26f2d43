import { t } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { PanelLink } from '#src/components/panels/panel-link.tsx';
import { usePlainText } from '#src/components/content/prose.tsx';

const PHASES = journey.phases.filter(
  (phase) => phase.kind === 'treatment' || phase.kind === 'branch',
);

/** Which treatments may appear in which phase, from steps and tracks. */
function modalitiesByPhase() {
  const map = new Map<string, Set<string>>(
    PHASES.map((phase) => [phase.id, new Set()]),
  );
  for (const step of journey.steps) {
    for (const id of step.modalityIds) map.get(step.phaseId)?.add(id);
  }
  for (const track of journey.tracks) {
    for (const segment of track.segments) {
      for (const id of segment.modalityIds) map.get(segment.phaseId)?.add(id);
    }
  }
  return map;
}

const MAP = modalitiesByPhase();

export function ModalityMap() {
  const plain = usePlainText();
  return (
    <section className="modality-map" aria-labelledby="modality-map-title">
      <h2 id="modality-map-title">{t('timeline.mapTitle')}</h2>
      <p>{t('timeline.mapIntro')}</p>
      <div
        className="table-scroll"
        // A scrollable region must be reachable by keyboard (axe
        // scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t('timeline.mapTableLabel')}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t('timeline.mapTreatmentColumn')}</th>
              {PHASES.map((phase) => (
                <th key={phase.id} scope="col">
                  {phase.shortTitle}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {journey.modalities.map((modality) => (
              <tr key={modality.id}>
                <th scope="row">
                  <PanelLink
                    panel={{ kind: 'modality', id: modality.id }}
                    className="table-link"
                  >
                    {modality.name}
                  </PanelLink>
                </th>
                {PHASES.map((phase) =>
                  MAP.get(phase.id)?.has(modality.id) ? (
                    <td key={phase.id}>
                      <PanelLink
                        panel={{ kind: 'modality', id: modality.id }}
                        className="table-link cell-link"
                      >
                        <span aria-hidden="true">●</span>
                        <span className="visually-hidden">
                          {t('timeline.mapMayBeUsed', {
                            treatment: modality.name,
                            phase: plain(phase.title),
                          })}
                        </span>
                      </PanelLink>
                    </td>
                  ) : (
                    <td key={phase.id}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">
                        {t('timeline.mapNotUsually')}
                      </span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
