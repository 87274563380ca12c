import { useEffect, useState } from 'react';
import { DatasetLoadError } from '../app/dataset-load-error';
import { useDataset } from '../data/dataset-query';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { LanguageSwitch } from '../ui/language-switch';
import { CODING_MESSAGES } from './coding-messages';
import { CodingDesk } from './coding-desk';
import type { Draft } from './draft';
import { forgetDraft, keepDraft, readDraft } from './draft-storage';
import { SourceForm } from './source-form';

/**
 * The coding tool: a source text turned into checked, sentence-level records of the dashboard's
 * format, beside the embedded dataset (its registry, its checks), kept in this browser as it goes.
 */
export function CodingApp() {
  const [language, setLanguage] = useState<Language>(() => (new URLSearchParams(window.location.search).get('lang') === 'fr' ? 'fr' : 'en'));
  const t = CODING_MESSAGES[language];
  const embedded = useDataset();
  // undefined while the kept draft is read back; null where there is none.
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  useEffect(() => {
    readDraft().then(setDraft, (error: unknown) => {
      setStorageProblem(error instanceof Error ? error.message : String(error));
      setDraft(null);
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.title} — ${MESSAGES[language].appTitle}`;
  }, [language, t.title]);

  // Every change is kept at once: a reload, or tomorrow, continues where the work stopped.
  const change = (next: Draft | null) => {
    setDraft(next);
    (next ? keepDraft(next) : forgetDraft()).catch((error: unknown) => setStorageProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div className="app coding">
      <header className="app__header">
        <div className="app__titles">
          <h1 className="app__title">{t.title}</h1>
          <p className="app__subtitle">
            <a href="./">{t.back}</a>
          </p>
        </div>
        <div className="app__controls">
          <LanguageSwitch label={t.language} value={language} onChange={setLanguage} />
        </div>
      </header>
      <main className="coding__main">
        {storageProblem && (
          <p role="alert" className="coding__problem">
            {storageProblem}
          </p>
        )}
        {embedded.isError && <DatasetLoadError error={embedded.error} retrying={embedded.isFetching} onRetry={() => void embedded.refetch()} />}
        {(!embedded.data || draft === undefined) && !embedded.isError && (
          <p role="status" className="panel">
            {t.loading}
          </p>
        )}
        {embedded.data && draft === null && <SourceForm dataset={embedded.data.dataset} t={t} onStart={change} />}
        {embedded.data && draft && (
          <CodingDesk draft={draft} base={embedded.data.dataset} baseTexts={embedded.data.sourceTexts} t={t} language={language} onChange={change} onStartOver={() => change(null)} />
        )}
      </main>
    </div>
  );
}
