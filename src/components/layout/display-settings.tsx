import {
  useJourneyStore,
  useMotionPreference,
  useTextSize,
  type TextSize,
} from '#src/state/journey-store.ts';

const TEXT_SIZES: { value: TextSize; label: string }[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
];

export function DisplaySettings() {
  const textSize = useTextSize();
  const motion = useMotionPreference();
  const setTextSize = useJourneyStore((state) => state.setTextSize);
  const setMotion = useJourneyStore((state) => state.setMotion);
  return (
    <section
      className="display-settings"
      aria-labelledby="display-settings-title"
    >
      <h2 id="display-settings-title">Display settings</h2>
      <fieldset>
        <legend>Text size</legend>
        <div className="choice-row">
          {TEXT_SIZES.map((size) => (
            <label key={size.value} className="choice">
              <input
                type="radio"
                name="text-size"
                value={size.value}
                checked={textSize === size.value}
                onChange={() => setTextSize(size.value)}
              />
              {size.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={motion === 'reduce'}
          onChange={(event) =>
            setMotion(event.target.checked ? 'reduce' : 'system')
          }
        />
        Turn off animations
      </label>
    </section>
  );
}
