import type { Step, Wording } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getPhaseOfStep } from '#src/content/journey.ts';
import {
  urgencyTitle,
  WarningSigns,
} from '#src/components/safety/warning-signs.tsx';
import { SECTION_TITLES } from '#src/components/step/step-sections.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import { plainText } from '#src/components/content/prose.tsx';
import { PresenterText } from './presenter-text.tsx';
import { ScreenHeading } from './screen-heading.tsx';
import type { WhenToCallPage } from './when-to-call-pages.ts';

type WhenToCallScreenProps = {
  page: WhenToCallPage;
  /** The session's last step: its phase's local note goes with the numbers. */
  step: Step | undefined;
  audience: Wording;
};

/** "Call … for:" reads as a heading without its colon. */
function continued(title: string, index: number) {
  return index === 0
    ? title
    : t('presenter.continued', { title: title.replace(/[:：]\s*$/, '') });
}

/** One screen of the session's closing "When to call". */
export function WhenToCallScreen({
  page,
  step,
  audience,
}: WhenToCallScreenProps) {
  if (page.kind === 'contacts') {
    return (
      <>
        <ScreenHeading
          kicker={
            step
              ? plainText(getPhaseOfStep(step).title, audience)
              : t('presenter.planTitle')
          }
        >
          {SECTION_TITLES.whenToCall}
        </ScreenHeading>
        <div className="presenter-body presenter-urgent">
          <UnitContacts phaseId={step?.phaseId} />
        </div>
      </>
    );
  }
  const kicker = SECTION_TITLES.whenToCall;
  if (page.kind === 'signs') {
    return (
      <>
        <ScreenHeading kicker={kicker}>
          {continued(urgencyTitle(page.group.urgency), page.index)}
        </ScreenHeading>
        <div className="presenter-body presenter-urgent presenter-signs">
          <WarningSigns
            groups={[page.group]}
            audience={audience}
            hasAdvice={false}
            hasGroupTitles={false}
          />
        </div>
      </>
    );
  }
  return (
    <>
      <ScreenHeading kicker={kicker}>
        {continued(t('safety.adviceTitle'), page.index)}
      </ScreenHeading>
      <ul className="presenter-body presenter-signs">
        {page.items.map((item, index) => (
          <li key={index}>
            <PresenterText text={item.text} audience={audience} isInline />
          </li>
        ))}
      </ul>
    </>
  );
}
