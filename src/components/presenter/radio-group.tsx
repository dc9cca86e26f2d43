type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

/** One setup question as big radio buttons, easy to tap on a tablet. */
export function RadioGroup<T extends string>({
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
