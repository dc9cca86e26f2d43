import type {
  AudienceText,
  Step,
  StepSections as Sections,
} from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';

type StepSectionsProps = {
  step: Step;
  /**
   * False for the first moment of a step change: only the sections at the
   * top are built at once; the text of the others follows a moment later
   * (so it is still there to print).
   */
  hasAllText?: boolean;
};

/**
 * Section titles in reading order, in the page's language (fixed for the
 * life of the page, so reading them once is enough).
 */
export const SECTION_TITLES: Record<keyof Sections, string> = {
  whatHappens: t('step.sectionWhatHappens'),
  why: t('step.sectionWhy'),
  howLong: t('step.sectionHowLong'),
  where: t('step.sectionWhere'),
  tests: t('step.sectionTests'),
  sideEffects: t('step.sectionSideEffects'),
  whenToCall: t('step.sectionWhenToCall'),
};

const OPEN_BY_DEFAULT: ReadonlySet<keyof Sections> = new Set([
  'whatHappens',
  'why',
  'whenToCall',
]);

/** The sections a reader sees first, built at once on a step change. */
const FIRST_ON_SCREEN: ReadonlySet<keyof Sections> = new Set([
  'whatHappens',
  'why',
]);

export function StepSections({ step, hasAllText = true }: StepSectionsProps) {
  const entries = (Object.keys(SECTION_TITLES) as (keyof Sections)[])
    .map((key) => [key, step.sections[key]] as const)
    .filter(
      (entry): entry is [keyof Sections, AudienceText] =>
        entry[1] !== undefined,
    );
  return (
    <div className="step-sections">
      {entries.map(([key, text]) => (
        <Disclosure
          key={key}
          title={SECTION_TITLES[key]}
          isInitiallyOpen={OPEN_BY_DEFAULT.has(key)}
          tone={key === 'whenToCall' ? 'urgent' : 'default'}
        >
          {hasAllText || FIRST_ON_SCREEN.has(key) ? (
            <>
              <Prose text={text} />
              {key === 'whenToCall' ? (
                <UnitContacts phaseId={step.phaseId} />
              ) : null}
            </>
          ) : null}
        </Disclosure>
      ))}
      {step.moreDetail ? (
        <Disclosure title={t('step.moreDetail')}>
          {hasAllText ? <Prose text={step.moreDetail} /> : null}
        </Disclosure>
      ) : null}
    </div>
  );
}
