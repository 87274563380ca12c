import { useMemo, useState, type ChangeEvent } from 'react';
import { SERIES } from '../data/schema';
import { SERIES_NAMES } from '../i18n/series-names';
import { checkDraft } from './check-draft';
import { CheckResult } from './check-result';
import { ChoiceField } from './choice-field';
import { DateFieldset } from './date-fieldset';
import { readoutFileName, withAdditions, type Draft } from './draft';
import { EMPTY_MEETING, toMeeting, type MeetingFields } from './meeting-fields';
import { translationLanguage } from './record-fields';
import { suggestStated } from './suggestions';
import type { PassageFormProps } from './passage-form';

interface MeetingFormProps extends PassageFormProps {
  onSave: (meeting: Draft['meeting']) => void;
}

/** The meeting a readout reports: its series and number, host city, participants and day, from the passage that names it. */
export function MeetingForm({ draft, passage, base, baseTexts, t, language, onSave }: MeetingFormProps) {
  const [fields, setFields] = useState<MeetingFields>(EMPTY_MEETING);
  const set = <K extends keyof MeetingFields>(key: K, value: MeetingFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const onText = (key: 'titleEn' | 'titleFr' | 'seriesNumber' | 'translation') => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value);
  const meeting = useMemo(() => toMeeting(fields, passage, draft, withAdditions(base, draft)), [fields, passage, draft, base]);
  const file = readoutFileName(draft);
  const problems = useMemo(
    () => checkDraft({ ...draft, meeting }, { dataset: base, file: 'dataset.json' }, baseTexts).other.filter((p) => p.startsWith(`${file} › meeting`) || p.startsWith(`${file} › events[0]`)).map((p) => p.replace(`${file} › `, '')),
    [draft, meeting, base, baseTexts, file],
  );
  const stated = useMemo(() => suggestStated(draft.text, passage, draft.source), [draft.text, passage, draft.source]);
  const other = translationLanguage(draft);
  const text = (key: 'titleEn' | 'titleFr' | 'seriesNumber', label: string, type = 'text') => (
    <label className="coding__field">
      <span>{label}</span>
      <input type={type} value={fields[key]} onChange={onText(key)} />
    </label>
  );

  return (
    <details className="panel coding__meeting" open={draft.meeting !== undefined}>
      <summary>{t.meetingHeading}</summary>
      {draft.meeting ? (
        <p>
          {t.meetingSaved(draft.meeting.meeting.title[language])}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => onSave(undefined)}>
            {t.removeMeeting}
          </button>
        </p>
      ) : (
        <>
          <p className="muted">{t.meetingHint}</p>
          {text('titleEn', t.titleEn)}
          {text('titleFr', t.titleFr)}
          <div className="coding__row">
            <ChoiceField label={t.series} value={fields.series} choices={SERIES} names={SERIES_NAMES[language]} onChange={(v) => set('series', v)} />
            {text('seriesNumber', t.seriesNumber, 'number')}
            <label className="coding__field">
              <span>{t.hostCity}</span>
              <select value={fields.placeId} onChange={(e) => set('placeId', e.target.value)}>
                <option value="">{t.none}</option>
                {withAdditions(base, draft).places.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[language]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="coding__countries">
            <legend>{t.participants}</legend>
            {withAdditions(base, draft).people.map((p) => (
              <label key={p.id} className="statement-filter__option">
                <input type="checkbox" checked={fields.participantIds.includes(p.id)} onChange={() => set('participantIds', fields.participantIds.includes(p.id) ? fields.participantIds.filter((x) => x !== p.id) : [...fields.participantIds, p.id])} />
                {p.name[language]}
              </label>
            ))}
          </fieldset>
          <DateFieldset legend={t.meetingDay} value={fields} suggested={stated} textLanguage={draft.source.language} t={t} onChange={(date) => setFields((f) => ({ ...f, ...date }))} />
          <label className="coding__field">
            <span>{t.translation(t.languageNames[other] ?? other)}</span>
            <textarea rows={2} lang={other} value={fields.translation} onChange={onText('translation')} />
          </label>
          <CheckResult problems={problems} t={t} action={t.saveMeeting} onAction={() => onSave(meeting)} />
        </>
      )}
    </details>
  );
}
