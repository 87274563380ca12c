import { useId } from 'react';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { useTypedDate } from '../../ui/use-typed-date';

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
  const date = useTypedDate(value, language);
  // Each date chosen filters every view: it is taken when offered, not at each key.
  const commit = () => {
    const day = date.typed || null;
    if (day) onCommit(day);
    date.offer(day !== null);
  };
  return (
    <label className="timeline__date">
      {label}
      <input
        type="text"
        size={11}
        value={date.shown}
        placeholder={t.datePlaceholder}
        aria-invalid={date.invalid || undefined}
        aria-describedby={date.invalid ? hintId : undefined}
        onChange={(e) => date.type(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {date.invalid && (
        <span id={hintId} className="timeline__date-error" role="alert">
          {t.dateFormatHint}
        </span>
      )}
    </label>
  );
}
