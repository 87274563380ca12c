import { useMemo, useState, type ChangeEvent } from 'react';
import { checkDraft } from './check-draft';
import { CheckResult } from './check-result';
import { ChoiceField } from './choice-field';
import { evidenceOf } from './coded-parts';
import { registryFileName, type RegistryAdditions } from './draft';
import { translationLanguage } from './record-fields';
import type { PassageFormProps } from './passage-form';

interface RegistryFormProps extends PassageFormProps {
  onChange: (registry: RegistryAdditions) => void;
}

const WHAT = ['person', 'place', 'domain'] as const;
type What = (typeof WHAT)[number];
const NONE: RegistryAdditions = { people: [], places: [], domains: [] };
const EMPTY = { what: 'person' as What, id: '', nameEn: '', nameFr: '', countryId: 'CHN', roleEn: '', roleFr: '', longitude: '', latitude: '', groupId: '', translation: '' };

/**
 * A person, place or domain the text names that the embedded registry lacks: quoted from the
 * passage chosen (a person's or place's name as the text writes it), checked like every record,
 * and saved with the readout as additions to the registry.
 */
export function RegistryForm({ draft, passage, base, baseTexts, t, language, onChange }: RegistryFormProps) {
  const [f, setFields] = useState({ ...EMPTY, groupId: base.domainGroups[0]?.id ?? '' });
  const on = (key: keyof typeof EMPTY) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setFields((x) => ({ ...x, [key]: e.target.value }));
  const added: RegistryAdditions = draft.registry ?? NONE;
  const next: RegistryAdditions = useMemo(() => {
    const before = draft.registry ?? NONE;
    const evidence = [evidenceOf(passage, draft, f.translation)];
    const name = { en: f.nameEn.trim(), fr: f.nameFr.trim() };
    if (f.what === 'person') return { ...before, people: [...before.people, { id: f.id.trim(), name, sourceSpellings: [passage.quote], countryId: f.countryId, role: { en: f.roleEn.trim(), fr: f.roleFr.trim() }, evidence }] };
    if (f.what === 'place') return { ...before, places: [...before.places, { id: f.id.trim(), name, countryId: f.countryId, coordinates: [Number(f.longitude), Number(f.latitude)] as [number, number], sourceSpellings: [passage.quote], evidence }] };
    return { ...before, domains: [...before.domains, { id: f.id.trim(), groupId: f.groupId, label: name, evidence }] };
  }, [f, draft, passage]);
  const file = registryFileName(draft);
  const problems = useMemo(
    () => checkDraft({ ...draft, registry: next }, { dataset: base, file: 'dataset.json' }, baseTexts).other.filter((p) => p.startsWith(file)).map((p) => p.replace(`${file} › `, '')),
    [draft, next, base, baseTexts, file],
  );
  const text = (key: keyof typeof EMPTY, label: string, type = 'text') => (
    <label className="coding__field">
      <span>{label}</span>
      <input type={type} step="any" value={f[key]} onChange={on(key)} />
    </label>
  );

  return (
    <details className="panel coding__registry">
      <summary>{t.registryHeading}</summary>
      <p className="muted">{t.registryHint}</p>
      <div className="coding__row">
        <ChoiceField label={t.registryWhat} value={f.what} choices={WHAT} names={t.registryKinds} onChange={(v) => setFields((x) => ({ ...x, what: v }))} />
        {text('id', t.registryId)}
        {text('nameEn', t.titleEn)}
        {text('nameFr', t.titleFr)}
      </div>
      <div className="coding__row">
        {f.what !== 'domain' && (
          <label className="coding__field">
            <span>{t.country}</span>
            <select value={f.countryId} onChange={on('countryId')}>
              {base.countries.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[language]}
                </option>
              ))}
            </select>
          </label>
        )}
        {f.what === 'person' && text('roleEn', t.roleEn)}
        {f.what === 'person' && text('roleFr', t.roleFr)}
        {f.what === 'place' && text('longitude', t.longitude, 'number')}
        {f.what === 'place' && text('latitude', t.latitude, 'number')}
        {f.what === 'domain' && (
          <label className="coding__field">
            <span>{t.domainGroup}</span>
            <select value={f.groupId} onChange={on('groupId')}>
              {base.domainGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label[language]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {text('translation', t.translation(t.languageNames[translationLanguage(draft)] ?? translationLanguage(draft)))}
      <CheckResult problems={problems} t={t} action={t.addToRegistry} onAction={() => onChange(next)} />
      {added.people.length + added.places.length + added.domains.length > 0 && (
        <p>{t.registryAdded([...added.people.map((p) => p.name[language]), ...added.places.map((p) => p.name[language]), ...added.domains.map((d) => d.label[language])].join(', '))}</p>
      )}
    </details>
  );
}
