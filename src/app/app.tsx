import { describeSources } from '../derive/describe-sources';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useDataset } from '../data/dataset-query';
import { useFilters } from '../filters/use-filters';
import { useMessages } from '../filters/use-messages';
import { usePreferences } from '../filters/use-preferences';
import { useUrlSync } from '../filters/use-url-sync';
import { defaultTour } from '../present/default-tour';
import { PresenterBar } from '../present/presenter-bar';
import { startPresentation, stopPresentation, usePresenterKeys } from '../present/use-presenter-keys';
import { usePresentation } from '../present/use-presentation';
import { useScenes } from '../present/use-scenes';
import { LanguageSwitch } from '../ui/language-switch';
import { ThemeSelect } from '../ui/theme-select';
import { Dashboard } from './dashboard';
import { DatasetLoadError } from './dataset-load-error';
import { UrlNotices } from './url-notices';
import { SetAsideNotice } from './set-aside-notice';
import { DroppedNotice } from './dropped-notice';
import { DatasetChangeNotice } from './dataset-change-notice';
import { useLocalDataset } from './use-local-dataset';
import { useTheme } from './use-theme';

// Only presenters preparing a tour need the scene manager.
const SceneManager = lazy(() => import('../present/scene-manager'));

export function App() {
  const t = useMessages();
  const language = useFilters((s) => s.language);
  const chooseLanguage = useFilters((s) => s.chooseLanguage);
  const theme = usePreferences((s) => s.theme);
  const chooseTheme = usePreferences((s) => s.chooseTheme);
  const presenting = usePresentation((s) => s.presenting);
  const sceneIndex = usePresentation((s) => s.sceneIndex);
  const ownScenes = useScenes((s) => s.scenes);
  const [managingScenes, setManagingScenes] = useState(false);
  const query = useDataset();
  const opened = useLocalDataset();
  // While the dataset kept from the last visit is read back, neither it nor the embedded one is shown.
  const loaded = opened.restoring ? undefined : (opened.local ?? query.data);
  // The dashboard is first drawn in the background, in slices the browser can interleave with
  // input and painting, rather than in one long task when the dataset arrives. The header follows
  // the same value, so it does not change (and move the page) before the dashboard is ready.
  const shown = useDeferredValue(loaded);
  const dataset = shown?.dataset;
  const notices = useUrlSync(dataset);
  const scenes = useMemo(() => ownScenes ?? (dataset ? defaultTour(dataset, language) : []), [ownScenes, dataset, language]);
  usePresenterKeys(scenes, dataset);
  useTheme(theme, presenting);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appTitle;
  }, [language, t.appTitle]);

  const scene = scenes[sceneIndex];
  return (
    <div className={`app${presenting ? ' is-presenting' : ''}`}>
      <header className="app__header">
        <div className="app__titles">
          <h1 className="app__title">{t.appTitle}</h1>
          {/* Drawn before the dataset arrives, so the header does not grow and push the page down. */}
          <p className="app__subtitle">{dataset ? describeSources(dataset.sources, language) : '\u00a0'}</p>
        </div>
        <div className="app__controls">
          <button type="button" className="button button--small" title={t.presentHint} disabled={!dataset} onClick={() => dataset && startPresentation(scenes, dataset)}>
            {t.present}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={!dataset} onClick={() => setManagingScenes(true)}>
            {t.scenes} ({scenes.length})
          </button>
          <label className="button button--secondary button--small open-dataset">
            {t.openDataset}
            <input type="file" multiple accept=".json,.txt,application/json,text/plain" onChange={(e) => (opened.open([...(e.target.files ?? [])]), (e.target.value = ''))} />
          </label>
          <label className="button button--secondary button--small open-dataset open-dataset--folder">
            {t.openFolder}
            {/* A corpus is a folder: its manifest, registries, readouts and sources, opened at once. */}
            <input type="file" ref={chooseFolders} onChange={(e) => (opened.open([...(e.target.files ?? [])]), (e.target.value = ''))} />
          </label>
          <a className="button button--secondary button--small" href={language === 'fr' ? 'code.html?lang=fr' : 'code.html'}>
            {t.codeReadout}
          </a>
          {opened.local && (
            <button type="button" className="button button--secondary button--small" onClick={opened.backToDefault}>
              {t.backToDefault}
            </button>
          )}
          <ThemeSelect label={t.theme} names={t.themes} value={theme} onChange={chooseTheme} />
          <LanguageSwitch label={t.language} value={language} onChange={chooseLanguage} />
        </div>
      </header>
      <UrlNotices notices={notices} language={language} />
      <SetAsideNotice language={language} />
      <DroppedNotice language={language} />
      {opened.change && <DatasetChangeNotice change={opened.change} language={language} onUndo={opened.undo} onDismiss={opened.dismissChange} />}
      {opened.error && (
        <div className="app__open-error">
          <DatasetLoadError title={t.openFailed} error={opened.error} retrying={false} onRetry={opened.dismissError} retryLabel={t.dismiss} />
        </div>
      )}
      <main className="app__main">
        {(opened.restoring || (query.isPending && !opened.local) || (loaded && !shown)) && (
          <p role="status" className="panel">
            {t.loading}
          </p>
        )}
        {query.isError && !opened.local && <DatasetLoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />}
        {shown && <Dashboard key={shown.file} loaded={shown} />}
      </main>
      {presenting && scene && <PresenterBar sceneName={scene.name} position={sceneIndex + 1} total={scenes.length} t={t} onLeave={stopPresentation} />}
      {managingScenes && dataset && (
        <Suspense fallback={null}>
          <SceneManager scenes={scenes} dataset={dataset} t={t} onClose={() => setManagingScenes(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** Makes a file input choose a folder (and every file in it), where the browser can. */
function chooseFolders(input: HTMLInputElement | null) {
  if (input) input.webkitdirectory = true;
}
