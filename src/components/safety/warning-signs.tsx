import type { Urgency, Wording } from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { getUnitProfile } from '#src/content/journey.ts';
import type { SignGroup } from '#src/content/warning-signs.ts';
import { Prose } from '#src/components/content/prose.tsx';

type HeadingLevel = 2 | 3;

type WarningSignsProps = {
  groups: readonly SignGroup[];
  /** The level of the group headings, below the section's own heading. */
  headingLevel?: HeadingLevel;
  /** Shows the sets' advice ("good to know") after the signs. */
  hasAdvice?: boolean;
  /** Wording to use; by default the reader's saved choice. */
  audience?: Wording;
  /** Off where the page's own heading already says how soon to act. */
  hasGroupTitles?: boolean;
};

/** The action each group asks for, with the unit's emergency number. */
export function urgencyTitle(urgency: Urgency) {
  if (urgency === 'call-now') return t('safety.callNowTitle');
  if (urgency === 'same-day') return t('safety.sameDayTitle');
  const number = getUnitProfile().emergencyNumber;
  return number
    ? t('safety.emergencyWithNumber', { number })
    : t('safety.emergencyNoNumber');
}

function Heading({
  level,
  className,
  children,
}: {
  level: HeadingLevel;
  className: string;
  children: string;
}) {
  return level === 2 ? (
    <h2 className={className}>{children}</h2>
  ) : (
    <h3 className={className}>{children}</h3>
  );
}

/**
 * Warning signs grouped by how soon to act, most urgent first. Signs of the
 * shared set come first; each medicine's or topic's signs follow under its
 * name, written once in warning-signs.json so they read the same everywhere.
 */
export function WarningSigns({
  groups,
  headingLevel = 3,
  hasAdvice = true,
  audience,
  hasGroupTitles = true,
}: WarningSignsProps) {
  const advice = [
    ...new Set(groups.flatMap((group) => group.parts.map((part) => part.set))),
  ].flatMap((set) => set.advice);
  return (
    <div className="warning-signs">
      {groups.map((group) => (
        <div
          key={group.urgency}
          className={`sign-group sign-group-${group.urgency}`}
        >
          {hasGroupTitles ? (
            <Heading level={headingLevel} className="sign-group-title">
              {urgencyTitle(group.urgency)}
            </Heading>
          ) : null}
          {group.parts.map(({ set, signs }) => (
            <div key={set.id} className="sign-set">
              {set.kind === 'shared' ? null : (
                <p className="sign-set-title">
                  {set.kind === 'medicine'
                    ? t('safety.signsFor', { name: set.title })
                    : set.title}
                </p>
              )}
              <ul>
                {signs.map((sign, index) => (
                  <li key={index}>
                    <Prose text={sign.text} isInline audience={audience} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {hasAdvice && advice.length > 0 ? (
        <div className="sign-advice">
          <Heading level={headingLevel} className="sign-group-title">
            {t('safety.adviceTitle')}
          </Heading>
          <ul>
            {advice.map((item, index) => (
              <li key={index}>
                <Prose text={item.text} isInline audience={audience} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
