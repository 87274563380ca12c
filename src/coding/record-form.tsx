import { useMemo, useState, type ChangeEvent } from 'react';
import { LINK_KINDS, STATEMENT_TYPES, STATUSES, type Commitment } from '../data/schema';
import { STRENGTHS_OF_TYPE } from '../data/statement-rules';
import { checkDraft } from './check-draft';
import { CheckResult } from './check-result';
import { ChoiceField } from './choice-field';
import { DateFieldset } from './date-fieldset';
import { withAdditions } from './draft';
import { wordsOf, type Passage } from './passage';
import { EMPTY_FIELDS, nextRecordId, toCommitment, translationLanguage, type RecordFields } from './record-fields';
import { suggestCountries, suggestCues, suggestStated } from './suggestions';
import type { PassageFormProps } from './passage-form';

interface RecordFormProps extends PassageFormProps {
  onAdd: (record: Commitment) => void;
}

const KINDS = ['political', 'field', 'project', 'mechanism'] as const;

/**
 * One record coded from a passage: every field of the schema a sentence needs, what the words
 * suggest offered beside (never filled in unasked), and the checks of data:check run as it is
 * filled, so only a record that holds can be added.
 */
export function RecordForm({ draft, passage, base, baseTexts, t, language, onAdd }: RecordFormProps) {
  const [fields, setFields] = useState<RecordFields>(EMPTY_FIELDS);
  const set = <K extends keyof RecordFields>(key: K, value: RecordFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const onText = (key: 'titleEn' | 'titleFr' | 'translation') => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value);
  const toggle = (key: 'makerIds' | 'partnerIds' | 'countryIds', id: string) => set(key, fields[key].includes(id) ? fields[key].filter((x) => x !== id) : [...fields[key], id]);

  const words = useMemo(() => wordsOf(draft.text, passage), [draft.text, passage]);
  const cues = useMemo(() => suggestCues(draft.text, passage), [draft.text, passage]);
  const countries = useMemo(() => suggestCountries(passage.quote, base), [passage.quote, base]);
  const stated = useMemo(() => suggestStated(draft.text, passage, draft.source), [draft.text, passage, draft.source]);
  const names = new Map(base.countries.map((c) => [c.id, c.name[language]]));
  const record = useMemo(() => toCommitment(fields, passage, draft, nextRecordId(draft)), [fields, passage, draft]);
  const problems = useMemo(() => checkDraft({ ...draft, records: [...draft.records, record] }, { dataset: base, file: 'dataset.json' }, baseTexts).records.get(draft.records.length) ?? [], [draft, record, base, baseTexts]);
  const isCue = (word: Passage) => fields.cues.some((c) => c.start === word.start);
  const earlier = base.commitments.filter((c) => c.evidence[0]?.sourceId !== draft.source.id);
  const other = translationLanguage(draft);
  // The registry's domains with the draft's additions, for the list of domains.
  const domains = withAdditions(base, draft).domains;

  const countryBoxes = (key: 'makerIds' | 'partnerIds' | 'countryIds', legend: string) => (
    <fieldset className="coding__countries">
      <legend>{legend}</legend>
      {base.countries.map((c) => (
        <label key={c.id} className="statement-filter__option">
          <input type="checkbox" checked={fields[key].includes(c.id)} onChange={() => toggle(key, c.id)} />
          {c.name[language]}
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="panel coding__record" aria-labelledby="record-heading">
      <h2 id="record-heading">{t.recordHeading}</h2>
      <label className="coding__field">
        <span>{t.recordTitleEn}</span>
        <input value={fields.titleEn} onChange={onText('titleEn')} />
      </label>
      <label className="coding__field">
        <span>{t.recordTitleFr}</span>
        <input value={fields.titleFr} onChange={onText('titleFr')} />
      </label>
      <div className="coding__row">
        <ChoiceField label={t.statementType} value={fields.statementType} choices={STATEMENT_TYPES} names={t.statementTypes} onChange={(v) => setFields((f) => ({ ...f, statementType: v, strength: STRENGTHS_OF_TYPE[v][0] ?? f.strength }))} />
        <ChoiceField label={t.strength} value={fields.strength} choices={STRENGTHS_OF_TYPE[fields.statementType]} names={t.strengths} onChange={(v) => set('strength', v)} />
        <ChoiceField label={t.kind} value={fields.kind} choices={KINDS} names={t.kinds} onChange={(v) => set('kind', v)} />
      </div>
      <fieldset className="coding__cues">
        <legend>{t.cues}</legend>
        <p className="coding__words" lang={draft.source.language}>
          {words.map((word) => {
            const suggested = cues.some((c) => c.word.start === word.start);
            return (
              <button key={word.start} type="button" className={`chip${suggested ? ' chip--suggested' : ''}`} aria-pressed={isCue(word)} aria-description={suggested ? t.suggested : undefined} onClick={() => set('cues', isCue(word) ? fields.cues.filter((c) => c.start !== word.start) : [...fields.cues, word].sort((a, b) => a.start - b.start))}>
                {word.quote}
                {suggested && <span aria-hidden="true"> •</span>}
              </button>
            );
          })}
        </p>
        {cues.length > 0 && (
          <button type="button" className="button button--secondary button--small" onClick={() => set('cues', cues.map((c) => c.word))}>
            {t.acceptCues(cues.map((c) => `« ${c.word.quote} »`).join(', '))}
          </button>
        )}
      </fieldset>
      {countries.length > 0 && (
        <button type="button" className="button button--secondary button--small" onClick={() => set('countryIds', countries)}>
          {t.acceptCountries(countries.map((id) => names.get(id) ?? id).join(', '))}
        </button>
      )}
      <div className="coding__row">
        {countryBoxes('makerIds', t.makers)}
        {countryBoxes('partnerIds', t.partners)}
        {countryBoxes('countryIds', t.concerned)}
      </div>
      <label className="coding__field">
        <span>{t.domains}</span>
        <select multiple size={8} value={fields.domainIds} onChange={(e) => set('domainIds', [...e.target.selectedOptions].map((o) => o.value))}>
          {base.domainGroups.map((group) => (
            <optgroup key={group.id} label={group.label[language]}>
              {domains
                .filter((d) => d.groupId === group.id)
                .map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label[language]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <DateFieldset legend={t.stated} value={fields} suggested={stated} textLanguage={draft.source.language} t={t} onChange={(date) => setFields((f) => ({ ...f, ...date }))} />
      <div className="coding__row">
        <ChoiceField label={t.status} value={fields.status} choices={STATUSES} names={t.statuses} onChange={(v) => set('status', v)} />
        <label className="coding__field">
          <span>{t.link}</span>
          <select value={fields.linkTo} onChange={(e) => set('linkTo', e.target.value)}>
            <option value="">{t.none}</option>
            {earlier.map((c) => (
              <option key={c.id} value={c.id.includes('/') ? c.id : `${c.evidence[0]?.sourceId ?? ''}/${c.id}`}>
                {c.title[language]}
              </option>
            ))}
          </select>
        </label>
        {fields.linkTo && (
          <ChoiceField label={t.linkKind} value={fields.linkKind} choices={LINK_KINDS} names={t.linkKinds} onChange={(v) => set('linkKind', v)} />
        )}
      </div>
      <label className="coding__field">
        <span>{t.translation(t.languageNames[other] ?? other)}</span>
        <textarea rows={3} lang={other} value={fields.translation} onChange={onText('translation')} />
      </label>
      <CheckResult problems={problems} t={t} holds={t.holds} action={t.add} onAction={() => onAdd(record)} />
    </section>
  );
}
