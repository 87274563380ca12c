import { PRECISIONS, type TimeRange } from '../data/schema';
import { ChoiceField } from './choice-field';
import type { DateFields } from './coded-parts';
import type { CodingMessages } from './coding-messages';
import { TypedDateInput } from './typed-date-input';

interface DateFieldsetProps {
  legend: string;
  value: DateFields;
  /** The date the words suggest, offered, never filled in unasked. */
  suggested: TimeRange | null;
  /** The source's language, for the words typed. */
  textLanguage: string;
  t: CodingMessages;
  onChange: (value: DateFields) => void;
}

/** A date as the text gives it: its precision, its bounds, and the text's own words for it. */
export function DateFieldset({ legend, value, suggested, textLanguage, t, onChange }: DateFieldsetProps) {
  const set = <K extends keyof DateFields>(key: K, v: DateFields[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="coding__date">
      <legend>{legend}</legend>
      {suggested && (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange({ precision: suggested.precision, startDate: suggested.start ?? '', endDate: suggested.end ?? '', wording: suggested.wording })}>
          {t.acceptDate(suggested.wording)}
        </button>
      )}
      <div className="coding__row">
        <ChoiceField label={t.precision} value={value.precision} choices={PRECISIONS} names={t.precisions} onChange={(v) => set('precision', v)} />
        <TypedDateInput label={t.from} value={value.startDate} t={t} onChange={(day) => set('startDate', day)} />
        <TypedDateInput label={t.to} value={value.endDate} t={t} onChange={(day) => set('endDate', day)} />
        <label className="coding__field">
          <span>{t.wording}</span>
          <input value={value.wording} onChange={(e) => set('wording', e.target.value)} lang={textLanguage} />
        </label>
      </div>
    </fieldset>
  );
}
