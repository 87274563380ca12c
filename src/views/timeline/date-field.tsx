import { useId, useState } from 'react';
import { formatDay } from '../../i18n/format-date-range';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { parseTypedDate } from '../../i18n/parse-typed-date';

interface DateFieldProps {
  label: string;
  /** The date chosen, as an ISO date, or null. */
  value: string | null;
  language: Language;
  /** Called with the date typed, once it is a date (on Enter or on leaving the field). */
  onCommit: (isoDate: string) => void;
}

/**
 * A date typed and shown the way the interface writes dates ("26 Apr 2023", "26 avr. 2023"), not
 * the browser's own format; a date that does not parse says how to write one.
 */
export function DateField({ label, value, language, onCommit }: DateFieldProps) {
  const t = MESSAGES[language];
  const hintId = useId();
  // What is being typed; null while the field shows the chosen date.
  const [draft, setDraft] = useState<string | null>(null);
  // Whether the draft was offered (Enter, or leaving the field): only then is a wrong date pointed out.
  const [offered, setOffered] = useState(false);
  const shown = draft ?? (value ? formatDay(value, language) : '');
  const parsed = draft === null || draft.trim() === '' ? null : parseTypedDate(draft);
  const invalid = offered && draft !== null && draft.trim() !== '' && parsed === null;
  const commit = () => {
    setOffered(true);
    if (parsed) {
      onCommit(parsed);
      setDraft(null);
      setOffered(false);
    }
  };
  return (
    <label className="timeline__date">
      {label}
      <input
        type="text"
        size={11}
        value={shown}
        placeholder={t.datePlaceholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setOffered(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <span id={hintId} className="timeline__date-error" role="alert">
          {t.dateFormatHint}
        </span>
      )}
    </label>
  );
}
