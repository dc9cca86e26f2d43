import { Fragment, useState, type FormEvent } from 'react';
import { t, tParts } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { MAX_PLAN_TOPICS } from '#src/content/teaching-topics.ts';
import type { Step } from '#src/content/schema.ts';
import {
  ANSWERS,
  STAGES,
  WHOS,
  type Answer,
  type Stage,
  type Who,
} from '#src/content/situation.ts';
import {
  getSessionSteps,
  type Layer,
  type SessionSettings,
} from './presenter-session.ts';
import { CareTopicChoice } from './care-topic-choice.tsx';
import { RadioGroup } from './radio-group.tsx';
import { StepChoice } from './step-choice.tsx';
import { firstDischargePlan, type SessionChoice } from './session-plan.ts';
import { plainText } from '#src/components/content/prose.tsx';

function whoLabels(): Record<Who, string> {
  return {
    adult: t('presenter.whoAdult'),
    'young-adult': t('presenter.whoYoungAdult'),
    child: t('presenter.whoChild'),
  };
}

function stageLabels(): Record<Stage, string> {
  return {
    'newly-diagnosed': t('presenter.stageNewlyDiagnosed'),
    'in-remission': t('presenter.stageInRemission'),
    'relapsed-refractory': t('presenter.stageRelapsedRefractory'),
    'finished-treatment': t('presenter.stageFinishedTreatment'),
  };
}

function answerLabels(): Record<Answer, string> {
  return {
    yes: t('presenter.answerYes'),
    no: t('presenter.answerNo'),
    'not-sure': t('presenter.answerNotSure'),
  };
}

/**
 * Ph+ at the bedside: "Yes", or "No / not known", which leaves the Ph+
 * steps out until the team confirms Ph+ (most families hear "no").
 */
type PhChoice = 'yes' | 'no-or-not-known';
const PH_CHOICES: readonly PhChoice[] = ['yes', 'no-or-not-known'];

function phLabels(): Record<PhChoice, string> {
  return {
    yes: t('presenter.answerYes'),
    'no-or-not-known': t('presenter.answerNoOrNotKnown'),
  };
}

function layerLabels(): Record<Layer, string> {
  return {
    plain: t('presenter.layerPlain'),
    detail: t('presenter.layerDetail'),
  };
}

type PresenterSetupProps = {
  /** The step the nurse came from; without it, the nurse picks a phase. */
  step: Step | undefined;
  initial: SessionSettings;
  onStart: (choice: SessionChoice, settings: SessionSettings) => void;
};

const ALL = 'all';
/** The phase select's "no treatment steps" (care topics only). */
const NO_PHASE = '';

/** Before the screen turns to the family: situation, wording and layer. */
export function PresenterSetup({
  step,
  initial,
  onStart,
}: PresenterSetupProps) {
  const [settings, setSettings] = useState(initial);
  const [isFullScreen, setIsFullScreen] = useState(false);
  const [phaseId, setPhaseId] = useState(
    step?.phaseId ?? firstDischargePlan(initial).phaseId ?? NO_PHASE,
  );
  // Until the nurse ticks a topic herself, a newly diagnosed family gets the
  // topics taught before the first time home.
  const [chosenCareIds, setChosenCareIds] = useState<string[] | null>(null);
  const [leftOutStepIds, setLeftOutStepIds] = useState<string[]>([]);
  // Why Start did not start: too many topics, or none ticked.
  const [problem, setProblem] = useState<'too-many' | 'none' | null>(null);
  const careIds =
    chosenCareIds ??
    (settings.stage === 'newly-diagnosed'
      ? firstDischargePlan(settings).careIds
      : []);
  const audience = settings.who === 'child' ? 'child' : 'adult';
  const stageNames = stageLabels();
  const answerNames = answerLabels();

  function update(change: Partial<SessionSettings>) {
    setSettings((current) => ({ ...current, ...change }));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Needs the click itself (a user gesture); Esc leaves full screen.
    if (isFullScreen && document.fullscreenEnabled)
      document.documentElement.requestFullscreen().catch(() => {});
    const fitting = phaseId ? getSessionSteps(phaseId, settings) : [];
    const stepCount = fitting.filter(
      (item) => !leftOutStepIds.includes(item.id),
    ).length;
    const total = stepCount + careIds.length;
    // A phase with no step for this situation is for the route to explain.
    const next =
      total > MAX_PLAN_TOPICS
        ? 'too-many'
        : total === 0 && fitting.length > 0
          ? 'none'
          : null;
    setProblem(next);
    if (next) return;
    onStart(
      {
        phaseId: phaseId || null,
        // Only steps that still fit the situation count as left out.
        leftOutStepIds: leftOutStepIds.filter((id) =>
          fitting.some((item) => item.id === id),
        ),
        startStepId: step?.phaseId === phaseId ? step.id : null,
        careIds,
      },
      settings,
    );
  }

  return (
    <form className="presenter-setup" onSubmit={handleSubmit}>
      {step ? (
        <p className="presenter-lead">
          {tParts('presenter.startingFrom', {
            step: <strong>{plainText(step.title, audience)}</strong>,
          }).map((part, i) => (
            <Fragment key={i}>{part}</Fragment>
          ))}
        </p>
      ) : null}
      <label className="presenter-field">
        <span>{t('presenter.phaseToExplain')}</span>
        <select
          value={phaseId}
          onChange={(event) => {
            setPhaseId(event.target.value);
            setLeftOutStepIds([]);
            setProblem(null);
          }}
        >
          {journey.phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {plainText(phase.title, audience)}
            </option>
          ))}
          <option value={NO_PHASE}>{t('presenter.noPhase')}</option>
        </select>
      </label>
      <RadioGroup
        legend={t('presenter.whoLegend')}
        name="who"
        options={WHOS}
        labels={whoLabels()}
        value={settings.who}
        onChange={(who) => update({ who })}
      />
      <label className="presenter-field">
        <span>{t('presenter.stageLabel')}</span>
        <select
          value={settings.stage ?? ALL}
          onChange={(event) =>
            update({
              stage:
                event.target.value === ALL
                  ? null
                  : (event.target.value as SessionSettings['stage']),
            })
          }
        >
          <option value={ALL}>{t('presenter.stageAll')}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageNames[stage]}
            </option>
          ))}
        </select>
      </label>
      <RadioGroup
        legend={t('presenter.phLegend')}
        name="ph"
        options={PH_CHOICES}
        labels={phLabels()}
        value={settings.ph === 'yes' ? 'yes' : 'no-or-not-known'}
        // "Not known" goes to the family as no answer at all.
        onChange={(ph) => update({ ph: ph === 'yes' ? 'yes' : null })}
      />
      <RadioGroup
        legend={t('presenter.transplantLegend')}
        name="transplant"
        options={ANSWERS}
        labels={answerNames}
        value={settings.transplant ?? 'not-sure'}
        onChange={(transplant) => update({ transplant })}
      />
      <RadioGroup
        legend={t('presenter.layerLegend')}
        name="layer"
        options={['plain', 'detail'] as const}
        labels={layerLabels()}
        value={settings.layer}
        onChange={(layer) => update({ layer })}
      />
      {phaseId ? (
        <StepChoice
          phaseId={phaseId}
          settings={settings}
          audience={audience}
          leftOutIds={leftOutStepIds}
          onChange={(ids) => {
            setLeftOutStepIds(ids);
            setProblem(null);
          }}
        />
      ) : null}
      <CareTopicChoice
        settings={settings}
        audience={audience}
        chosenIds={careIds}
        onChange={(ids) => {
          setChosenCareIds(ids);
          setProblem(null);
        }}
      />
      {problem ? (
        <p className="presenter-warning" role="alert">
          {problem === 'too-many'
            ? t('presenter.tooManyTopics', { max: MAX_PLAN_TOPICS })
            : t('presenter.noTopics')}
        </p>
      ) : null}
      <label className="presenter-choice">
        <input
          type="checkbox"
          checked={isFullScreen}
          onChange={(event) => setIsFullScreen(event.target.checked)}
        />
        {t('presenter.fullScreen')}
      </label>
      <p className="presenter-privacy">{t('presenter.privacy')}</p>
      <button type="submit" className="button button-primary presenter-start">
        {t('presenter.start')}
      </button>
    </form>
  );
}
