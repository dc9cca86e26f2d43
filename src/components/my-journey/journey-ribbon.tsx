import { Fragment, useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t, tParts } from '#src/content/i18n.ts';
import { getPhaseById, journey } from '#src/content/journey.ts';
import type { Phase } from '#src/content/schema.ts';
import { plainText } from '#src/components/content/prose.tsx';
import {
  useAudience,
  useHereStepId,
  useStartDate,
  type ReaderAudience,
} from '#src/state/journey-store.ts';
import { shortDate } from './estimate-text.ts';
import { RibbonDrawing } from './ribbon-drawing.tsx';
import { buildRibbon, localToday, type Ribbon } from './ribbon.ts';
import { daySpan, describeProgress, describeStart } from './ribbon-text.ts';

const KNOWN_STEP_IDS = new Set(journey.steps.map((step) => step.id));

type RibbonOptions = {
  /**
   * Where the invitation to add a start date leads: `here` to the field on
   * the same page (My journey), `my-journey` to that page, `none` for
   * paper (words only).
   */
  addDate?: 'here' | 'my-journey' | 'none';
  /** More words for a phase in the list (the handout's "may apply"). */
  renderPhaseExtra?: (phase: Phase) => ReactNode;
  /**
   * Drawing and "now / next" only, without the list of phases: the
   * overview's timeline already says what each phase is and how long.
   */
  isCompact?: boolean;
};

export type JourneyRibbonViewProps = RibbonOptions & {
  audience: ReaderAudience;
  startDate: string | null;
  hereStepId: string | null;
  /** YYYY-MM-DD. */
  today: string;
};

/**
 * The main phases left to right, each as wide as it usually lasts, with
 * today marked and the next milestone. The drawing is decoration: the
 * ordered list and the sentences under it say everything it shows.
 */
export function JourneyRibbonView({
  audience,
  startDate,
  hereStepId,
  today,
  addDate = 'here',
  renderPhaseExtra,
  isCompact = false,
}: JourneyRibbonViewProps) {
  const id = useId();
  const ribbon = buildRibbon({
    phases: journey.phases,
    steps: journey.steps,
    audience,
    startDate,
    hereStepId,
    today,
  });
  const plain = (text: Parameters<typeof plainText>[0]) =>
    plainText(text, audience);
  return (
    <figure
      className="journey-ribbon"
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-scale`}
    >
      <figcaption>
        <strong id={`${id}-name`}>{t('my-journey.ribbonCaption')}</strong>{' '}
        <span id={`${id}-scale`} className="ribbon-scale-note">
          {t('my-journey.ribbonScaleNote')}
        </span>
      </figcaption>
      <RibbonDrawing ribbon={ribbon} />
      <RibbonStatus
        ribbon={ribbon}
        startDate={startDate}
        addDate={addDate}
        plain={plain}
      />
      {isCompact ? null : (
        <ol className="ribbon-list">
          {ribbon.segments.map((segment) => {
            const { phase } = segment;
            const isCurrent = segment.status === 'current';
            return (
              <li key={phase.id} aria-current={isCurrent ? 'step' : undefined}>
                <strong>{plain(phase.title)}</strong>
                {isCurrent ? (
                  <>
                    {' '}
                    <strong>{t('my-journey.ribbonHere')}</strong>
                  </>
                ) : null}
                {' — '}
                {plain(phase.duration[audience].label)}.
                {startDate && phase.kind === 'treatment' ? (
                  <> {describeStart(segment, startDate)}</>
                ) : null}
                {renderPhaseExtra?.(phase)}
              </li>
            );
          })}
        </ol>
      )}
    </figure>
  );
}

/** The ribbon for the reader of this device (their audience and dates). */
export function JourneyRibbon({
  today,
  ...options
}: RibbonOptions & { today?: string }) {
  const audience = useAudience();
  const startDate = useStartDate();
  const hereStepId = useHereStepId(KNOWN_STEP_IDS);
  return (
    <JourneyRibbonView
      audience={audience}
      startDate={startDate}
      hereStepId={hereStepId}
      today={today ?? localToday()}
      {...options}
    />
  );
}

type RibbonStatusProps = {
  ribbon: Ribbon;
  startDate: string | null;
  addDate: NonNullable<RibbonOptions['addDate']>;
  plain: (text: Parameters<typeof plainText>[0]) => string;
};

/** Where the reader is now, what comes next, or how to see it. */
function RibbonStatus({
  ribbon,
  startDate,
  addDate,
  plain,
}: RibbonStatusProps) {
  const { current, next } = ribbon;
  const phase = getPhaseById(current?.phaseId);
  const isOnRibbon = ribbon.segments.some(
    (segment) => segment.status === 'current',
  );
  let now: ReactNode = null;
  if (phase && isOnRibbon) {
    now = (
      <>
        {plain(phase.title)}.
        {current?.progress ? <> {describeProgress(current.progress)}</> : null}
      </>
    );
  } else if (phase) {
    now = t('my-journey.ribbonSidePath', { phase: plain(phase.title) });
  } else if (startDate) {
    now = t('my-journey.ribbonNowUnknown');
  }
  let nextText: string | null = null;
  if (next) {
    const step = plain(next.step.title);
    nextText =
      next.when?.kind === 'on'
        ? t('my-journey.ribbonNextOn', {
            step,
            date: shortDate(next.when.date),
          })
        : next.when?.kind === 'around'
          ? t('my-journey.ribbonNextAround', {
              step,
              dates: daySpan(next.when.span),
            })
          : t('my-journey.ribbonNextNoDate', { step });
  }
  return (
    <div className="ribbon-status">
      {now ? (
        <p>
          <strong>{t('my-journey.ribbonNowLabel')}</strong> {now}
        </p>
      ) : null}
      {nextText ? (
        <p>
          <strong>{t('my-journey.ribbonNextLabel')}</strong> {nextText}
        </p>
      ) : null}
      {startDate ? (
        <p className="estimate-note">{t('my-journey.ribbonEstimates')}</p>
      ) : (
        <AddDate addDate={addDate} />
      )}
    </div>
  );
}

function AddDate({ addDate }: { addDate: RibbonStatusProps['addDate'] }) {
  if (addDate === 'none') {
    return <p className="hint">{t('my-journey.ribbonAddDateText')}</p>;
  }
  const linkText = t('my-journey.ribbonAddDateLink');
  const link =
    addDate === 'here' ? (
      // The field is further down the same page: a plain in-page link.
      <a key="link" href="#start-date">
        {linkText}
      </a>
    ) : (
      <Link key="link" to={paths.myJourney.getHref()}>
        {linkText}
      </Link>
    );
  return (
    <p className="hint">
      {tParts('my-journey.ribbonAddDate', { link }).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </p>
  );
}
