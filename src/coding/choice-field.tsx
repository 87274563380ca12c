interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  /** What each choice is called in the interface language. */
  names: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}

/** A labelled drop-down list of one of a few known values, each shown by its name. */
export function ChoiceField<T extends string>({ label, value, choices, names, onChange }: ChoiceFieldProps<T>) {
  return (
    <label className="coding__field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(choices.find((c) => c === e.target.value) ?? value)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
