import { useEffect } from 'react';
import { useDataset } from '../data/dataset-query';
import { useFilters } from '../filters/use-filters';
import { useMessages } from '../filters/use-messages';
import { LanguageSwitch } from '../ui/language-switch';
import { DatasetSummary } from '../views/summary/dataset-summary';
import { DatasetLoadError } from './dataset-load-error';

export function App() {
  const t = useMessages();
  const language = useFilters((s) => s.language);
  const chooseLanguage = useFilters((s) => s.chooseLanguage);
  const query = useDataset();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appTitle;
  }, [language, t.appTitle]);

  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1 className="app__title">{t.appTitle}</h1>
          <p className="app__subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch label={t.language} value={language} onChange={chooseLanguage} />
      </header>
      <main className="app__main">
        {query.isPending && (
          <p role="status" className="panel">
            {t.loading}
          </p>
        )}
        {query.isError && (
          <DatasetLoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        )}
        {query.isSuccess && <DatasetSummary dataset={query.data.dataset} language={language} />}
      </main>
    </div>
  );
}
