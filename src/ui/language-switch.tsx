import { LANGUAGES, type Language } from '../i18n/language';

interface LanguageSwitchProps {
  /** Accessible name of the group ("Language"). */
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** Two pressed-state buttons; each names its language in that language. */
export function LanguageSwitch({ label, value, onChange }: LanguageSwitchProps) {
  return (
    <div role="group" aria-label={label} className="segmented">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="segmented__option"
          aria-pressed={value === language}
          onClick={() => onChange(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
