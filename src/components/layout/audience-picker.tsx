import {
  useAudience,
  useJourneyStore,
  type ReaderAudience,
} from '#src/state/journey-store.ts';

const OPTIONS: { value: ReaderAudience; label: string }[] = [
  { value: 'adult', label: 'An adult (myself or someone I care for)' },
  { value: 'child', label: 'A child or teenager (I am a parent or carer)' },
];

/** Chooses the wording: the child version speaks to parents. */
export function AudiencePicker() {
  const audience = useAudience();
  const setAudience = useJourneyStore((state) => state.setAudience);
  return (
    <fieldset className="audience-picker">
      <legend>Who is having treatment?</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name="audience"
            value={option.value}
            checked={audience === option.value}
            onChange={() => setAudience(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
