import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceTexts } from '../data/find-integrity-problems';
import type { Commitment, Dataset } from '../data/schema';
import { downloadBlob } from '../export/download-blob';
import type { Language } from '../i18n/language';
import { keepOpenedFiles } from '../storage/opened-files';
import type { CodingMessages } from './coding-messages';
import { codedSentences, draftRegistryFile, draftToReadout, readoutFileName, registryFileName, type Draft } from './draft';
import { passageOf, type Passage } from './passage';
import { MeetingForm } from './meeting-form';
import { RecordForm } from './record-form';
import { RegistryForm } from './registry-form';
import { sentencesOf } from './sentences';

interface CodingDeskProps {
  draft: Draft;
  base: Dataset;
  baseTexts: SourceTexts;
  t: CodingMessages;
  language: Language;
  onChange: (draft: Draft) => void;
  onStartOver: () => void;
}

/**
 * Coding a source, sentence by sentence: the sentences (which are coded, how many are left), the
 * passage chosen (a sentence, or the part of it selected), the form that codes it, the records
 * made, and the files they make.
 */
export function CodingDesk({ draft, base, baseTexts, t, language, onChange, onStartOver }: CodingDeskProps) {
  const sentences = useMemo(() => sentencesOf(draft.text, draft.source.language), [draft.text, draft.source.language]);
  const coded = codedSentences(draft, sentences);
  const [current, setCurrent] = useState(0);
  const [passage, setPassage] = useState<Passage | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const sentence = sentences[current];

  const choose = (index: number) => {
    const s = sentences[index];
    if (!s) return;
    setCurrent(index);
    setPassage(passageOf(draft.text, s.start, s.end));
  };
  const move = (event: KeyboardEvent<HTMLOListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(sentences.length - 1, current + step));
    setCurrent(next);
    list.current?.querySelector<HTMLElement>(`[data-sentence="${next}"]`)?.focus();
  };
  // A part of the sentence, selected in its box: offsets from the box's, always the text's own words.
  const selectPart = (box: HTMLTextAreaElement) => {
    if (!sentence) return;
    const chosen = box.selectionStart === box.selectionEnd ? passageOf(draft.text, sentence.start, sentence.end) : passageOf(draft.text, sentence.start + box.selectionStart, sentence.start + box.selectionEnd);
    if (chosen) setPassage(chosen);
  };
  const add = (record: Commitment) => {
    onChange({ ...draft, records: [...draft.records, record] });
    setPassage(null);
  };
  const files = () => {
    const readout = new File([JSON.stringify(draftToReadout(draft), null, 2)], readoutFileName(draft), { type: 'application/json' });
    const text = new File([draft.text], draft.source.file.split('/').pop() ?? `${draft.readoutId}.txt`, { type: 'text/plain' });
    const additions = draftRegistryFile(draft);
    return [readout, text, ...(additions ? [new File([JSON.stringify(additions, null, 2)], registryFileName(draft), { type: 'application/json' })] : [])];
  };
  const download = () => files().forEach((file) => downloadBlob(file, file.name));
  const openInDashboard = async () => {
    await keepOpenedFiles(files());
    window.location.assign('./');
  };
  const uncoded = sentences.map((_, i) => i).filter((i) => !coded.has(i));

  return (
    <div className="coding__desk">
      <section className="panel coding__sentences" aria-labelledby="sentences-heading">
        <h2 id="sentences-heading">
          {t.sentences} <span className="muted coding__coverage">{t.coverage(coded.size, sentences.length)}</span>
        </h2>
        <p className="muted">{t.sentencesHint}</p>
        <ol ref={list} className="coding__sentence-list" onKeyDown={move} lang={draft.source.language}>
          {sentences.map((s, i) => (
            <li key={s.start}>
              <button type="button" data-sentence={i} tabIndex={i === current ? 0 : -1} aria-current={i === current ? 'true' : undefined} className="coding__sentence" onClick={() => choose(i)} onFocus={() => setCurrent(i)}>
                <span className="coding__sentence-number">{i + 1}</span> {s.text}
                {coded.has(i) && <span className="coding__coded"> ✓ {t.coded}</span>}
              </button>
            </li>
          ))}
        </ol>
        <details className="coding__uncoded">
          <summary>{t.uncoded(uncoded.length)}</summary>
          <p>
            {uncoded.map((i) => (
              <button key={i} type="button" className="chip" aria-label={t.sentenceNumber(i + 1)} onClick={() => choose(i)}>
                {i + 1}
              </button>
            ))}
          </p>
        </details>
      </section>
      <div className="coding__work">
        {sentence && passage && (
          <section className="panel coding__passage" aria-labelledby="passage-heading">
            <h2 id="passage-heading">{t.passageHeading}</h2>
            <p className="muted">{t.passageHint}</p>
            {/* Not readOnly: a read-only box lets no keyboard select in it. Its text is held; typing changes nothing. */}
            <textarea key={sentence.start} aria-readonly="true" rows={4} className="coding__sentence-box" lang={draft.source.language} value={sentence.text} onChange={() => undefined} aria-label={t.sentenceNumber(current + 1)} onSelect={(e) => selectPart(e.currentTarget)} onKeyUp={(e) => selectPart(e.currentTarget)} onMouseUp={(e) => selectPart(e.currentTarget)} />
            <p>
              {t.passage(passage.start, passage.end)} <q lang={draft.source.language}>{passage.quote}</q>
            </p>
          </section>
        )}
        {passage && <MeetingForm key={`meeting-${passage.start}-${passage.end}`} draft={draft} passage={passage} base={base} baseTexts={baseTexts} t={t} language={language} onSave={(meeting) => onChange({ ...draft, meeting })} />}
        {passage && <RegistryForm key={`registry-${passage.start}-${passage.end}`} draft={draft} passage={passage} base={base} baseTexts={baseTexts} t={t} language={language} onChange={(registry) => onChange({ ...draft, registry })} />}
        {passage && <RecordForm key={`${passage.start}-${passage.end}`} draft={draft} passage={passage} base={base} baseTexts={baseTexts} t={t} language={language} onAdd={add} />}
        <section className="panel" aria-labelledby="records-heading">
          <h2 id="records-heading">{t.recordsHeading(draft.records.length)}</h2>
          <ul className="coding__records">
            {draft.records.map((r) => (
              <li key={r.id}>
                {r.title[language]}{' '}
                <button type="button" className="button button--secondary button--small" aria-label={t.remove(r.title[language])} onClick={() => onChange({ ...draft, records: draft.records.filter((x) => x !== r) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <h2>{t.exportHeading}</h2>
          <p className="muted">{t.kept}</p>
          <div className="coding__actions">
            <button type="button" className="button" disabled={draft.records.length === 0} onClick={download}>
              {t.exportFiles}
            </button>
            <button type="button" className="button button--secondary" disabled={draft.records.length === 0} onClick={() => void openInDashboard()}>
              {t.openInDashboard}
            </button>
            <button type="button" className="button button--secondary" onClick={onStartOver}>
              {t.startOver}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
