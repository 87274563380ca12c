import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataset } from '../data/dataset-query';
import { describeFilters } from '../derive/describe-filters';
import { filterCommitments } from '../derive/filter-commitments';
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
  const clearFilters = useFilters((s) => s.clearFilters);
  const filters = useFilters(useShallow((s) => ({ countries: s.countries, domains: s.domains, timeRange: s.timeRange })));
  const query = useDataset();
  const dataset = query.data?.dataset;
  const notices = useUrlSync(dataset);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appTitle;
  }, [language, t.appTitle]);

  const summary = useMemo(() => {
    if (!dataset) return null;
    return { words: describeFilters(filters, dataset, language), count: filterCommitments(dataset, filters).length };
  }, [dataset, filters, language]);
  const active = filters.countries.length > 0 || filters.domains.length > 0 || filters.timeRange !== null;

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
      {summary && (
        <div className="filter-bar">
          <p className="filter-bar__words" aria-live="polite">
            <span className="muted">{t.showing}</span> <strong>{summary.words}</strong> — {t.commitmentCount(summary.count)}
          </p>
          <button type="button" className="button button--secondary" onClick={clearFilters} disabled={!active}>
            {t.resetFilters}
          </button>
        </div>
      )}
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
