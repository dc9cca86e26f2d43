import type { Audience } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getTeachBackForPhase } from '#src/content/journey.ts';
import { PresenterText } from './presenter-text.tsx';

type TeachBackPanelProps = {
  phaseId: string;
  audience: Audience;
  /** Hidden while the screen faces the family. */
  isHidden: boolean;
};

/**
 * For the nurse: questions that ask the family to explain the phase back in
 * their own words, and what a good answer mentions.
 */
export function TeachBackPanel({
  phaseId,
  audience,
  isHidden,
}: TeachBackPanelProps) {
  const prompts = getTeachBackForPhase(phaseId);
  return (
    <section
      id="teach-back-panel"
      className="teach-back-panel"
      aria-labelledby="teach-back-title"
      hidden={isHidden}
    >
      <h2 id="teach-back-title">{t('presenter.teachBackTitle')}</h2>
      <ol className="teach-back-list">
        {prompts.map((prompt) => (
          <li key={prompt.id}>
            <p className="teach-back-prompt">
              <PresenterText
                text={prompt.prompt}
                audience={audience}
                isInline
              />
            </p>
            <p className="teach-back-listen">{t('presenter.listenFor')}</p>
            <ul>
              {prompt.listenFor.map((point, index) => (
                <li key={index}>
                  <PresenterText text={point} audience={audience} isInline />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
