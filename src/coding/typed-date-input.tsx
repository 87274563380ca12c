import { useId } from 'react';
import { parseTypedDate } from '../i18n/parse-typed-date';
import { useTypedDate } from '../ui/use-typed-date';
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
 * A day of the coding forms, typed and shown as the dashboard's date fields are, and empty when
 * there is none: not the browser's own date control, which some engines draw, when empty, as if
 * today's date were chosen, and each in its own format. The form holds each date as it is typed.
 */
export function TypedDateInput({ label, value, disabled, t, onChange }: TypedDateInputProps) {
  const hintId = useId();
  const date = useTypedDate(value, t.interfaceLanguage);
  return (
    <label className="coding__field">
      <span>{label}</span>
      <input
        type="text"
        size={11}
        value={date.shown}
        placeholder={t.datePlaceholder}
        disabled={disabled}
        aria-invalid={date.invalid || undefined}
        aria-describedby={date.invalid ? hintId : undefined}
        onChange={(e) => {
          date.type(e.target.value);
          const day = e.target.value.trim() === '' ? '' : parseTypedDate(e.target.value);
          if (day !== null && day !== value) onChange(day);
        }}
        onBlur={() => date.offer(date.typed !== null)}
      />
      {date.invalid && (
        <span id={hintId} className="coding__problem" role="alert">
          {t.dateFormatHint}
        </span>
      )}
    </label>
  );
}
