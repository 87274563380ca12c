import { useEffect, useRef } from 'react';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

interface SourceReaderProps {
  /** The source document's title. */
  title: string;
  /** What is known of it: the meeting it reports, its language, extent, publication and address. */
  about: string;
  /** The language the source is written in (a two-letter code). */
  textLanguage: string;
  /** Its full text; one paragraph per line. */
  text: string;
  /** The quoted passage, as offsets into the text. */
  highlight: { start: number; end: number };
  language: Language;
  onClose: () => void;
}

/** The whole source document in a modal dialog, the quoted passage marked and scrolled into view. */
export default function SourceReader({ title, about, textLanguage, text, highlight, language, onClose }: SourceReaderProps) {
  const t = MESSAGES[language];
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // A modal dialog keeps focus inside it and closes on Escape.
    if (!element.open) element.showModal();
    mark.current?.scrollIntoView({ block: 'center' });
    return () => {
      if (element.open) element.close();
    };
  }, []);

  const lines = text.split('\n');
  const paragraphs = lines.map((paragraph, i) => ({
    paragraph,
    start: lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0),
  }));

  return (
    <dialog ref={dialog} className="source-reader" aria-labelledby="source-reader-title" onClose={onClose}>
      <div className="source-reader__head">
        <div>
          <h2 id="source-reader-title">{title}</h2>
          <p className="muted source-reader__about">{about}</p>
        </div>
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <div className="source-reader__text" lang={textLanguage}>
        {paragraphs.map(({ start, paragraph }) => {
          const end = start + paragraph.length;
          if (highlight.end <= start || highlight.start >= end) return <p key={start}>{paragraph}</p>;
          const a = Math.max(0, highlight.start - start);
          const b = Math.min(paragraph.length, highlight.end - start);
          return (
            <p key={start}>
              {paragraph.slice(0, a)}
              <mark ref={mark}>{paragraph.slice(a, b)}</mark>
              {paragraph.slice(b)}
            </p>
          );
        })}
      </div>
    </dialog>
  );
}
