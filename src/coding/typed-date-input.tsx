import { useId, useState } from 'react';
import { formatDay } from '../i18n/format-date-range';
import { parseTypedDate } from '../i18n/parse-typed-date';
import type { CodingMessages } from './coding-messages';

interface TypedDateInputProps {
  label: string;
  /** The date, as an ISO date, or '' for none. */
  value: string;
  disabled?: boolean;
  t: CodingMessages;
  onChange: (isoDate: string) => void;
}

/**
 * A day typed the way the interface writes dates ("26 Apr 2023", "26/04/2023", or ISO), shown
 * that way, and empty when there is none: not the browser's own date control, which some engines
 * draw, when empty, as if today's date were chosen, and each in its own format.
 */
export function TypedDateInput({ label, value, disabled, t, onChange }: TypedDateInputProps) {
  const hintId = useId();
  // What is being typed; null while the field shows the date held.
  const [draft, setDraft] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  const invalid = left && draft !== null && draft.trim() !== '' && parseTypedDate(draft) === null;
  return (
    <label className="coding__field">
      <span>{label}</span>
      <input
        type="text"
        size={11}
        value={draft ?? (value ? formatDay(value, t.interfaceLanguage) : '')}
        placeholder={t.datePlaceholder}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          const typed = e.target.value;
          setDraft(typed);
          setLeft(false);
          const day = typed.trim() === '' ? '' : parseTypedDate(typed);
          if (day !== null && day !== value) onChange(day);
        }}
        onBlur={() => {
          setLeft(true);
          if (draft !== null && (draft.trim() === '' || parseTypedDate(draft) !== null)) setDraft(null);
        }}
      />
      {invalid && (
        <span id={hintId} className="coding__problem" role="alert">
          {t.dateFormatHint}
        </span>
      )}
    </label>
  );
}
