import { useEffect } from 'react';
import { useDataset } from '../data/dataset-query';
import { useFilters } from '../filters/use-filters';
import { useMessages } from '../filters/use-messages';
import { useUrlSync } from '../filters/use-url-sync';
import { LanguageSwitch } from '../ui/language-switch';
import { Dashboard } from './dashboard';
import { DatasetLoadError } from './dataset-load-error';
import { UrlNotices } from './url-notices';

export function App() {
  const t = useMessages();
  const language = useFilters((s) => s.language);
  const chooseLanguage = useFilters((s) => s.chooseLanguage);
  const query = useDataset();
  const dataset = query.data?.dataset;
  const notices = useUrlSync(dataset);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appTitle;
  }, [language, t.appTitle]);

  return (
    <div className="app">
      <header className="app__header">
        <div className="app__titles">
          <h1 className="app__title">{t.appTitle}</h1>
          {dataset && (
            <p className="app__subtitle">
              {dataset.sources.map((s) => s.title[language]).join(' · ')}
            </p>
          )}
        </div>
        <LanguageSwitch label={t.language} value={language} onChange={chooseLanguage} />
      </header>
      <UrlNotices notices={notices} language={language} />
      <main className="app__main">
        {query.isPending && (
          <p role="status" className="panel">
            {t.loading}
          </p>
        )}
        {query.isError && <DatasetLoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />}
        {query.isSuccess && <Dashboard loaded={query.data} />}
      </main>
    </div>
  );
}
