import { setMotion, setTextSize } from '#src/state/journey-store.ts';
import { useMotionPreference, useTextSize } from '#src/state/journey-hooks.ts';
import type { TextSize } from '#src/state/persisted-state.ts';
import { t } from '#src/content/i18n.ts';

const TEXT_SIZES: { value: TextSize; label: string }[] = [
  { value: 'normal', label: t('layout.textSizeNormal') },
  { value: 'large', label: t('layout.textSizeLarge') },
  { value: 'larger', label: t('layout.textSizeLarger') },
];

export function DisplaySettings() {
  const textSize = useTextSize();
  const motion = useMotionPreference();
  return (
    <section
      className="display-settings"
      aria-labelledby="display-settings-title"
    >
      <h2 id="display-settings-title">{t('layout.displaySettings')}</h2>
      <fieldset>
        <legend>{t('layout.textSize')}</legend>
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
        {t('layout.reduceMotion')}
      </label>
    </section>
  );
}
