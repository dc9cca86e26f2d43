import { useState, type FormEvent } from 'react';
import { journey, getStepsInPhase } from '#src/content/journey.ts';
import type { Step } from '#src/content/schema.ts';
import {
  ANSWERS,
  STAGES,
  WHOS,
  type Answer,
  type Layer,
  type SessionSettings,
  type Who,
} from './presenter-session.ts';
import { plainText } from '#src/components/content/prose.tsx';

const WHO_LABELS: Record<Who, string> = {
  adult: 'An adult',
  'young-adult': 'A teen or young adult',
  child: 'A child (talking with the parents)',
};

const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  'newly-diagnosed': 'Newly diagnosed',
  'in-remission': 'In remission, treatment goes on',
  'relapsed-refractory': 'Came back or did not respond',
  'finished-treatment': 'Treatment has finished',
};

const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

const LAYER_LABELS: Record<Layer, string> = {
  plain: 'Plain words only',
  detail: 'Plain words, then more detail',
};

type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="presenter-fieldset">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="presenter-choice">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

type PresenterSetupProps = {
  /** The step the nurse came from; without it, the nurse picks a phase. */
  step: Step | undefined;
  initial: SessionSettings;
  onStart: (stepId: string, settings: SessionSettings) => void;
};

const ALL = 'all';

/** Before the screen turns to the family: situation, wording and layer. */
export function PresenterSetup({
  step,
  initial,
  onStart,
}: PresenterSetupProps) {
  const [settings, setSettings] = useState(initial);
  const [isFullScreen, setIsFullScreen] = useState(false);
  const [phaseId, setPhaseId] = useState(
    step?.phaseId ?? journey.phases[0]!.id,
  );
  const audience = settings.who === 'child' ? 'child' : 'adult';

  function update(change: Partial<SessionSettings>) {
    setSettings((current) => ({ ...current, ...change }));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Needs the click itself (a user gesture); Esc leaves full screen.
    if (isFullScreen && document.fullscreenEnabled)
      document.documentElement.requestFullscreen().catch(() => {});
    const first =
      step?.phaseId === phaseId ? step : getStepsInPhase(phaseId)[0];
    if (first) onStart(first.id, settings);
  }

  return (
    <form className="presenter-setup" onSubmit={handleSubmit}>
      {step ? (
        <p className="presenter-lead">
          Starting from: <strong>{plainText(step.title, audience)}</strong>
        </p>
      ) : null}
      <label className="presenter-field">
        <span>Phase to explain</span>
        <select
          value={phaseId}
          onChange={(event) => setPhaseId(event.target.value)}
        >
          {journey.phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {plainText(phase.title, audience)}
            </option>
          ))}
        </select>
      </label>
      <RadioGroup
        legend="Who is having treatment?"
        name="who"
        options={WHOS}
        labels={WHO_LABELS}
        value={settings.who}
        onChange={(who) => update({ who })}
      />
      <label className="presenter-field">
        <span>Where treatment stands</span>
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
          <option value={ALL}>Show every step of the phase</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </label>
      <RadioGroup
        legend="Is the leukemia Ph-positive (Philadelphia chromosome)?"
        name="ph"
        options={ANSWERS}
        labels={ANSWER_LABELS}
        value={settings.ph ?? 'not-sure'}
        onChange={(ph) => update({ ph })}
      />
      <RadioGroup
        legend="Is a stem cell transplant planned?"
        name="transplant"
        options={ANSWERS}
        labels={ANSWER_LABELS}
        value={settings.transplant ?? 'not-sure'}
        onChange={(transplant) => update({ transplant })}
      />
      <RadioGroup
        legend="How much to show"
        name="layer"
        options={['plain', 'detail'] as const}
        labels={LAYER_LABELS}
        value={settings.layer}
        onChange={(layer) => update({ layer })}
      />
      <label className="presenter-choice">
        <input
          type="checkbox"
          checked={isFullScreen}
          onChange={(event) => setIsFullScreen(event.target.checked)}
        />
        Fill the whole screen (press Esc to leave)
      </label>
      <p className="presenter-privacy">
        Bedside mode saves nothing on this device and shows no notes.
      </p>
      <button type="submit" className="button button-primary presenter-start">
        Start
      </button>
    </form>
  );
}
