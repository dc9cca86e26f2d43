import type { Wording } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getPhaseOfStep, getWarningSigns } from '#src/content/journey.ts';
import { WarningSigns } from '#src/components/safety/warning-signs.tsx';
import { SECTION_TITLES } from '#src/components/step/step-sections.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import type { Screen } from './presenter-session.ts';
import { plainText } from '#src/components/content/prose.tsx';
import { PresenterText } from './presenter-text.tsx';

type PresenterScreenProps = { screen: Screen; audience: Wording };

/** One idea on the big screen: a summary, one section, or more detail. */
export function PresenterScreen({ screen, audience }: PresenterScreenProps) {
  const { step } = screen;
  const stepTitle = plainText(step.title, audience);
  if (screen.kind === 'summary') {
    return (
      <>
        <p className="presenter-kicker">
          {plainText(getPhaseOfStep(step).title, audience)}
        </p>
        <h1 id="presenter-heading" tabIndex={-1}>
          {stepTitle}
        </h1>
        <div className="presenter-body presenter-summary">
          <PresenterText text={step.summary} audience={audience} />
        </div>
      </>
    );
  }
  if (screen.kind === 'detail') {
    return (
      <>
        <p className="presenter-kicker">{stepTitle}</p>
        <h1 id="presenter-heading" tabIndex={-1}>
          {t('presenter.moreDetailHeading')}
        </h1>
        <div className="presenter-body">
          {step.moreDetail ? (
            <PresenterText text={step.moreDetail} audience={audience} />
          ) : null}
        </div>
      </>
    );
  }
  if (screen.kind === 'whenToCall') {
    return (
      <>
        <p className="presenter-kicker">
          {plainText(getPhaseOfStep(step).title, audience)}
        </p>
        <h1 id="presenter-heading" tabIndex={-1}>
          {SECTION_TITLES.whenToCall}
        </h1>
        <div className="presenter-body presenter-urgent">
          <WarningSigns
            groups={getWarningSigns(screen)}
            audience={audience}
            headingLevel={2}
          />
          <UnitContacts phaseId={step.phaseId} />
        </div>
      </>
    );
  }
  const text = step.sections[screen.section];
  return (
    <>
      <p className="presenter-kicker">{stepTitle}</p>
      <h1 id="presenter-heading" tabIndex={-1}>
        {SECTION_TITLES[screen.section]}
      </h1>
      <div className="presenter-body">
        {text ? <PresenterText text={text} audience={audience} /> : null}
      </div>
    </>
  );
}
