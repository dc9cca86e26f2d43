import type {
  AudienceText,
  Step,
  StepSections as Sections,
} from '#src/content/schema.ts';
import { t } from '#src/content/i18n.ts';
import { Prose } from '#src/components/content/prose.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import { WarningSigns } from '#src/components/safety/warning-signs.tsx';
import { getWarningSigns } from '#src/content/journey.ts';

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
]);

/** The sections written as text; "When to call" is composed (below). */
type TextSection = Exclude<keyof Sections, 'whenToCall'>;

/** The sections a reader sees first, built at once on a step change. */
const FIRST_ON_SCREEN: ReadonlySet<keyof Sections> = new Set([
  'whatHappens',
  'why',
]);

export function StepSections({ step, hasAllText = true }: StepSectionsProps) {
  const entries = (Object.keys(SECTION_TITLES) as (keyof Sections)[])
    .filter((key): key is TextSection => key !== 'whenToCall')
    .map((key) => [key, step.sections[key]] as const)
    .filter(
      (entry): entry is [TextSection, AudienceText] => entry[1] !== undefined,
    );
  return (
    <div className="step-sections">
      {entries.map(([key, text]) => (
        <Disclosure
          key={key}
          title={SECTION_TITLES[key]}
          isInitiallyOpen={OPEN_BY_DEFAULT.has(key)}
        >
          {hasAllText || FIRST_ON_SCREEN.has(key) ? (
            <Prose text={text} />
          ) : null}
        </Disclosure>
      ))}
      <Disclosure
        title={SECTION_TITLES.whenToCall}
        isInitiallyOpen
        tone="urgent"
      >
        {hasAllText ? <StepWhenToCall step={step} /> : null}
      </Disclosure>
      {step.moreDetail ? (
        <Disclosure title={t('step.moreDetail')}>
          {hasAllText ? <Prose text={step.moreDetail} /> : null}
        </Disclosure>
      ) : null}
    </div>
  );
}

/**
 * A step's "When to call": its own note, then the shared signs, the signs
 * of its medicines and its own, then who to call and at what temperature.
 */
export function StepWhenToCall({ step }: { step: Step }) {
  return (
    <>
      {step.sections.whenToCall ? (
        <Prose text={step.sections.whenToCall} />
      ) : null}
      <WarningSigns groups={getWarningSigns(step)} />
      <UnitContacts phaseId={step.phaseId} />
    </>
  );
}
