import { THEMES, type Theme } from '../filters/use-preferences';

interface ThemeSelectProps {
  label: string;
  /** Each theme's name in the current language. */
  names: Record<Theme, string>;
  value: Theme;
  onChange: (theme: Theme) => void;
}

/** A labelled select of the colour themes. */
export function ThemeSelect({ label, names, value, onChange }: ThemeSelectProps) {
  return (
    <label className="theme-select">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(THEMES.find((theme) => theme === e.target.value) ?? 'system')}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {names[theme]}
          </option>
        ))}
      </select>
    </label>
  );
}
