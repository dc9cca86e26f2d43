import type { Wording } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getIllustration, getPhaseOfStep } from '#src/content/journey.ts';
import { SECTION_TITLES } from '#src/components/step/step-sections.tsx';
import type { Screen } from './presenter-session.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { PresenterText } from './presenter-text.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import { WhenToCallScreen } from './when-to-call-screen.tsx';

type PresenterScreenProps = { screen: Screen; audience: Wording };

/**
 * One idea on the big screen: a summary, a picture, a section (or a few
 * short ones), more detail, part of a care topic, or the session's "When to
 * call".
 */
export function PresenterScreen({ screen, audience }: PresenterScreenProps) {
  if (screen.kind === 'whenToCall') {
    return (
      <WhenToCallScreen
        page={screen.page}
        step={screen.step}
        audience={audience}
      />
    );
  }
  if (screen.kind === 'careSummary') {
    return (
      <>
        <ScreenHeading kicker={t('safety.careTitle')}>
          {plainText(screen.topic.title, audience)}
        </ScreenHeading>
        <div className="presenter-body presenter-summary">
          <PresenterText text={screen.topic.summary} audience={audience} />
        </div>
      </>
    );
  }
  if (screen.kind === 'careBody') {
    const { part } = screen;
    return (
      <>
        <ScreenHeading kicker={plainText(screen.topic.title, audience)}>
          {part.count > 1
            ? t('presenter.careAtHomePart', {
                current: part.index + 1,
                total: part.count,
              })
            : t('presenter.careAtHome')}
        </ScreenHeading>
        <div className="presenter-body">
          <PresenterText text={part.text} audience={audience} />
        </div>
      </>
    );
  }
  const { step } = screen;
  const stepTitle = plainText(step.title, audience);
  if (screen.kind === 'summary') {
    return (
      <>
        <ScreenHeading kicker={plainText(getPhaseOfStep(step).title, audience)}>
          {stepTitle}
        </ScreenHeading>
        <div className="presenter-body presenter-summary">
          <PresenterText text={step.summary} audience={audience} />
        </div>
      </>
    );
  }
  if (screen.kind === 'detail') {
    return (
      <>
        <ScreenHeading kicker={stepTitle}>
          {t('presenter.moreDetailHeading')}
        </ScreenHeading>
        <div className="presenter-body">
          {step.moreDetail ? (
            <PresenterText text={step.moreDetail} audience={audience} />
          ) : null}
        </div>
      </>
    );
  }
  if (screen.kind === 'picture') {
    const illustration = getIllustration(screen.illustrationId);
    return (
      <>
        <ScreenHeading kicker={stepTitle}>
          {t('presenter.pictureHeading')}
        </ScreenHeading>
        {illustration ? (
          <figure className="presenter-picture">
            <img
              src={illustration.url}
              alt={illustration.alt}
              width={illustration.width}
              height={illustration.height}
            />
            <figcaption>{illustration.caption}</figcaption>
          </figure>
        ) : null}
      </>
    );
  }
  const [only, ...rest] = screen.sections;
  if (only !== undefined && rest.length === 0) {
    const { part } = screen;
    const text = part ? part.text : step.sections[only];
    const title = SECTION_TITLES[only];
    return (
      <>
        <ScreenHeading kicker={stepTitle}>
          {part && part.index > 0 ? t('presenter.continued', { title }) : title}
        </ScreenHeading>
        <div className="presenter-body">
          {text ? <PresenterText text={text} audience={audience} /> : null}
        </div>
      </>
    );
  }
  // Short sections share a screen under the step's title, each with its own
  // heading, so no screen is a single line on an empty page.
  return (
    <>
      <ScreenHeading kicker={plainText(getPhaseOfStep(step).title, audience)}>
        {stepTitle}
      </ScreenHeading>
      {screen.sections.map((section) => {
        const text = step.sections[section];
        return (
          <section
            key={section}
            className="presenter-body presenter-part"
            aria-labelledby={`presenter-part-${section}`}
          >
            <h2 id={`presenter-part-${section}`}>{SECTION_TITLES[section]}</h2>
            {text ? <PresenterText text={text} audience={audience} /> : null}
          </section>
        );
      })}
    </>
  );
}
