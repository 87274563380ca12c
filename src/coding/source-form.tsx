import { useState, type ChangeEvent } from 'react';
import type { Dataset, Source } from '../data/schema';
import { sourceSchema } from '../data/schema';
import { readoutFileSchema, registryFileSchema } from '../data/corpus-schema';
import { validateWith } from '../data/parse-dataset';
import type { CodingMessages } from './coding-messages';
import type { Draft } from './draft';
import { readText, type ReadText } from './read-text';
import { sentencesOf } from './sentences';
import { TypedDateInput } from './typed-date-input';

/** A readout file and its text, opened to continue coding them. */
async function continueFrom(files: readonly File[]): Promise<Draft> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json') && !f.name.endsWith('.registry.json'));
  const additions = files.find((f) => f.name.endsWith('.registry.json'));
  if (!json) throw new Error('no readout file (.json) among the files opened');
  const checked = validateWith(readoutFileSchema, JSON.parse(await json.text()) as unknown);
  if (!checked.ok) throw new Error(`${json.name}: ${checked.problems.slice(0, 5).join('; ')}`);
  const readout = checked.value;
  const name = readout.source.file.split('/').pop() ?? readout.source.file;
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`open its text, "${name}", together with ${json.name}`);
  const text = await readText(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) throw new Error(`${name}: ${text.problem}`);
  if (text.sha256 !== readout.source.sha256) throw new Error(`${name} is not the text ${json.name} was coded from (its SHA-256 is ${text.sha256}, not ${readout.source.sha256})`);
  const event = readout.events.find((e) => e.id === readout.meeting?.eventId);
  const registry = additions ? validateWith(registryFileSchema, JSON.parse(await additions.text()) as unknown) : undefined;
  if (registry && !registry.ok) throw new Error(`${additions?.name ?? ''}: ${registry.problems.slice(0, 5).join('; ')}`);
  const added = registry?.ok ? { people: registry.value.people ?? [], places: registry.value.places ?? [], domains: registry.value.domains ?? [] } : undefined;
  return { readoutId: readout.id, text: text.text, source: readout.source, records: readout.commitments, meeting: readout.meeting && event ? { meeting: readout.meeting, event } : undefined, registry: added };
}

interface SourceFormProps {
  /** The embedded dataset: a text it holds already is recognised by its SHA-256. */
  dataset: Dataset;
  t: CodingMessages;
  onStart: (draft: Draft) => void;
}

const EMPTY = { id: '', titleEn: '', titleFr: '', language: 'fr', date: '', published: '', publisherEn: '', publisherFr: '', address: '', extent: 'complete', descriptionEn: '', descriptionFr: '' };
type Fields = typeof EMPTY;

/** The source to code: its text (opened or pasted, checked, its SHA-256 computed) and its description. */
export function SourceForm({ dataset, t, onStart }: SourceFormProps) {
  const [read, setRead] = useState<ReadText | null>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [continueProblem, setContinueProblem] = useState<string | null>(null);
  const onContinue = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    try {
      onStart(await continueFrom(files));
    } catch (error) {
      setContinueProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const known = read?.ok ? dataset.sources.find((s) => s.sha256 === read.sha256) : undefined;

  const take = async (input: Uint8Array | string) => {
    const next = await readText(input);
    setRead(next);
    const source = next.ok ? dataset.sources.find((s) => s.sha256 === next.sha256) : undefined;
    // A text the dashboard holds keeps its description: the coding replaces that readout's.
    if (source) setFields(fieldsOf(source));
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await take(new Uint8Array(await file.arrayBuffer()));
  };
  const set = (key: keyof Fields) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setFields((f) => ({ ...f, [key]: event.target.value }));
  const start = () => {
    if (!read?.ok) return;
    const source = known ? { ...known, meetingId: undefined } : sourceOf(fields, read.sha256);
    const checked = validateWith(sourceSchema, source);
    const id = known ? known.id : fields.id.trim();
    if (!checked.ok || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      setProblems([...(checked.ok ? [] : checked.problems), ...(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? [] : [`${t.readoutId}: “${id}”`])]);
      return;
    }
    onStart({ readoutId: id, text: read.text, source: checked.value, records: [] });
  };
  const field = (key: keyof Fields, label: string, type = 'text') => (
    <label className="coding__field">
      <span>{label}</span>
      <input type={type} value={fields[key]} onChange={set(key)} disabled={known !== undefined} />
    </label>
  );

  return (
    <section className="panel coding__source" aria-labelledby="source-heading">
      <h2 id="source-heading">{t.sourceHeading}</h2>
      <label className="button button--secondary open-dataset">
        {t.openText}
        <input type="file" accept=".txt,text/plain" onChange={(e) => void onFile(e)} />
      </label>
      <label className="button button--secondary open-dataset">
        {t.continueFile}
        <input type="file" multiple accept=".json,.txt,application/json,text/plain" onChange={(e) => void onContinue(e)} />
      </label>
      {continueProblem && (
        <p role="alert" className="coding__problem">
          {t.cannotContinue} {continueProblem}
        </p>
      )}
      <label className="coding__field coding__paste">
        <span>{t.pasteText}</span>
        <textarea rows={6} onChange={(e) => void take(e.target.value)} />
      </label>
      {read && !read.ok && (
        <p role="alert" className="coding__problem">
          {t.textProblem} {read.problem}
        </p>
      )}
      {read?.ok && (
        <div role="status">
          {read.convertedLineEndings && <p>{t.crlf}</p>}
          <p className="muted coding__digest">{t.digest(read.sha256, sentencesOf(read.text, fields.language).length)}</p>
          {known && <p>{t.knownSource(known.title.en)}</p>}
        </div>
      )}
      <div className="coding__fields">
        {field('id', t.readoutId)}
        {field('titleEn', t.titleEn)}
        {field('titleFr', t.titleFr)}
        <label className="coding__field">
          <span>{t.sourceLanguage}</span>
          <select value={fields.language} onChange={set('language')} disabled={known !== undefined}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <TypedDateInput label={t.date} value={fields.date} disabled={known !== undefined} t={t} onChange={(day) => setFields((f) => ({ ...f, date: day }))} />
        <TypedDateInput label={t.published} value={fields.published} disabled={known !== undefined} t={t} onChange={(day) => setFields((f) => ({ ...f, published: day }))} />
        {field('publisherEn', t.publisherEn)}
        {field('publisherFr', t.publisherFr)}
        {field('address', t.address, 'url')}
        <label className="coding__field">
          <span>{t.extent}</span>
          <select value={fields.extent} onChange={set('extent')} disabled={known !== undefined}>
            <option value="complete">{t.extents.complete}</option>
            <option value="excerpt">{t.extents.excerpt}</option>
          </select>
        </label>
        {field('descriptionEn', t.descriptionEn)}
        {field('descriptionFr', t.descriptionFr)}
      </div>
      {problems.length > 0 && (
        <div role="alert" className="coding__problem">
          <p>{t.sourceProblems}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" disabled={!read?.ok} onClick={start}>
        {t.start}
      </button>
    </section>
  );
}

function fieldsOf(source: Source): Fields {
  return {
    id: source.id, titleEn: source.title.en, titleFr: source.title.fr, language: source.language, date: source.date, published: source.published ?? '',
    publisherEn: source.publisher.en, publisherFr: source.publisher.fr, address: source.address ?? '', extent: source.extent,
    descriptionEn: source.description.en, descriptionFr: source.description.fr,
  };
}

/** The source record the fields describe, as the schema wants it (checked after). */
function sourceOf(f: Fields, sha256: string): unknown {
  const id = f.id.trim();
  return {
    id, file: `sources/${id}.${f.language}.txt`, sha256,
    title: { en: f.titleEn, fr: f.titleFr }, language: f.language, date: f.date, published: f.published || null,
    publisher: { en: f.publisherEn, fr: f.publisherFr }, address: f.address.trim() || null, extent: f.extent,
    description: { en: f.descriptionEn, fr: f.descriptionFr },
  };
}
