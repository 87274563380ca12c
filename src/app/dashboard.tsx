import { laneLabel } from '../derive/lane-label';
import { Suspense, useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../data/fetch-dataset';
import { filterCommitments } from '../derive/filter-commitments';
import { indexById } from '../derive/index-by-id';
import { toCountryCounts } from '../derive/to-country-counts';
import { toHeatmap } from '../derive/to-heatmap';
import { toPartnerLinks } from '../derive/to-partner-links';
import { toTimeline } from '../derive/to-timeline';
import type { Filters, ViewId } from '../filters/filter-state';
import { hasActiveFilters } from '../filters/has-active-filters';
import { useFilters } from '../filters/use-filters';
import { MESSAGES } from '../i18n/messages';
import { nounFor } from '../i18n/noun';
import { StatementFilter } from '../views/statement-filter/statement-filter';
import { ReadoutFilter } from '../views/readout-filter/readout-filter';
import { chainOf, countByReadout } from '../derive/lineage';
import { compareCountryCounts, compareHeatmaps, comparedPair, filtersFor } from '../derive/compare-readouts';
import { readoutLabel } from '../derive/readout-label';
import { CommitmentDetails } from '../views/details/commitment-details';
import { CommitmentList } from '../views/details/commitment-list';
import { DomainHeatmap } from '../views/heatmap/domain-heatmap';
import { describeFilters } from '../derive/describe-filters';
import { describeSources } from '../derive/describe-sources';
import type { ExportView } from '../export/export-context';
import { ExportMenu } from '../ui/export-menu';
import { useChartsReady } from './charts-ready';
import { DetailsBody } from './details-body';
import { ExportStatusLine } from './export-status';
import { MapPanel } from './map-panel';
import { PledgeTimeline } from './timeline-chunk';
import { usePrinting } from './use-printing';
import { useEscapeClosesEnlarge } from './use-escape-closes-enlarge';
import { usePresentation } from '../present/use-presentation';
import { useExport } from './use-export';
import { useTimelineTwin } from './use-timeline-twin';
import { ViewPanel } from './view-panel';

interface DashboardProps {
  /** The validated dataset and its source texts. */
  loaded: LoadedDataset;
}

/** The linked views: each reads the same filters and derives what it shows from them. */
export function Dashboard({ loaded }: DashboardProps) {
  const { dataset, sourceTexts } = loaded;
  const s = useFilters(
    useShallow((state) => ({
      countries: state.countries,
      domains: state.domains,
      timeRange: state.timeRange,
      types: state.types,
      strengths: state.strengths,
      focusedId: state.focusedId,
      language: state.language,
      specificOnly: state.specificOnly,
      sources: state.sources,
      latestOnly: state.latestOnly,
      lanes: state.lanes,
      spotlight: state.spotlight,
      compare: state.compare,
    })),
  );
  const actions = useFilters(
    useShallow((state) => ({
      toggleCountry: state.toggleCountry,
      toggleDomain: state.toggleDomain,
      pickCell: state.pickCell,
      pickGroupCell: state.pickGroupCell,
      brushTimeRange: state.brushTimeRange,
      toggleType: state.toggleType,
      toggleStrength: state.toggleStrength,
      focusRecord: state.focusRecord,
      toggleSpecificOnly: state.toggleSpecificOnly,
      toggleSource: state.toggleSource,
      toggleCompare: state.toggleCompare,
      toggleLatestOnly: state.toggleLatestOnly,
      chooseSources: state.chooseSources,
      chooseLanes: state.chooseLanes,
      clearFilters: state.clearFilters,
      spotlightView: state.spotlightView,
    })),
  );
  const { language } = s;
  const t = MESSAGES[language];
  useEscapeClosesEnlarge();
  // Nobody scrolls in a presentation: the list shows what fits, and says how many more there are;
  // the heatmap folds its groups to one row each.
  const presenting = usePresentation((state) => state.presenting);
  // A printed page cannot scroll either: it is laid out to fit, as a presentation is.
  const printing = usePrinting();
  const fitted = presenting || printing;
  const filters: Filters = useMemo(
    () => ({ countries: s.countries, domains: s.domains, timeRange: s.timeRange, types: s.types, strengths: s.strengths, specificOnly: s.specificOnly, sources: s.sources, latestOnly: s.latestOnly }),
    [s.countries, s.domains, s.timeRange, s.types, s.strengths, s.specificOnly, s.sources, s.latestOnly],
  );

  const lookups = useMemo(
    () => ({
      countryNames: new Map(dataset.countries.map((c) => [c.id, c.name[language]])),
      domainLabels: new Map(dataset.domains.map((d) => [d.id, d.label[language]])),
      personNames: new Map(dataset.people.map((p) => [p.id, p.name[language]])),
      sources: indexById(dataset.sources),
      events: indexById(dataset.events),
      commitments: indexById(dataset.commitments),
    }),
    [dataset, language],
  );
  const commitments = useMemo(() => filterCommitments(dataset, filters), [dataset, filters]);
  // The map's counts ignore the country selection: clicking a country leaves them as they are.
  // Comparing two readouts, the map and heatmap count the later one's, each with the earlier one's beside it.
  const pair = useMemo(() => comparedPair(dataset, s.sources, s.compare), [dataset, s.sources, s.compare]);
  const countryCounts = useMemo(
    () =>
      pair
        ? compareCountryCounts(toCountryCounts(dataset, { ...filtersFor(filters, pair.before), countries: [] }), toCountryCounts(dataset, { ...filtersFor(filters, pair.after), countries: [] }))
        : toCountryCounts(dataset, { ...filters, countries: [] }),
    [dataset, filters, pair],
  );
  const partners = useMemo(() => toPartnerLinks(dataset, filters), [dataset, filters]);
  // Each readout's counts leave the readout choice aside, as the map's leave the country choice.
  const readoutCounts = useMemo(() => (dataset.sources.length > 1 ? countByReadout(dataset, filterCommitments(dataset, { ...filters, sources: [] })) : []), [dataset, filters]);
  const heatmap = useMemo(
    () => (pair ? compareHeatmaps(toHeatmap(dataset, filtersFor(filters, pair.before)), toHeatmap(dataset, filtersFor(filters, pair.after))) : toHeatmap(dataset, filters)),
    [dataset, filters, pair],
  );
  const comparing = pair ? t.comparing(readoutLabel(pair.before, dataset, language), readoutLabel(pair.after, dataset, language)) : null;
  const timeline = useMemo(() => toTimeline(dataset, filters, s.lanes), [dataset, filters, s.lanes]);
  const focused = s.focusedId === null ? undefined : lookups.commitments.get(s.focusedId);
  // Kept while the lanes and language stay: the timeline redraws its marks when its labels change.
  const laneName = useCallback((id: string) => laneLabel(id, s.lanes, t, lookups.countryNames), [s.lanes, t, lookups.countryNames]);

  const words = useMemo(() => describeFilters(filters, dataset, language), [filters, dataset, language]);
  const noun = nounFor(s.types);
  const timelineProps = {
    timeline,
    laneLabel: laneName,
    lanes: s.lanes,
    noun,
    timeRange: s.timeRange,
    focusedId: s.focusedId,
    language,
    onFocusRecord: actions.focusRecord,
    onBrush: actions.brushTimeRange,
    onChooseLanes: actions.chooseLanes,
  };
  const active = hasActiveFilters(filters);
  // The dashboard's export draws the timeline again, taller, where the copy would leave room under it.
  const { size: twinSize, ref: twinRef, drawn: twinDrawn, redraw: redrawTimeline } = useTimelineTwin();
  const exporter = useExport(dataset, redrawTimeline);
  // The clipboard API exists only in secure contexts (https or localhost).
  const canCopy = typeof ClipboardItem !== 'undefined' && 'clipboard' in navigator;
  const sourceWords = describeSources(dataset.sources, language);
  const spotlit = s.spotlight;
  const shows = (view: ViewId) => spotlit === null || spotlit === view;
  const drew = useChartsReady((['map', 'timeline'] as const).filter(shows));
  // Kept from one render to the next: a view that is handed a new one says it drew again.
  const drewMap = useCallback(() => drew('map'), [drew]);
  const drewTimeline = useCallback(() => drew('timeline'), [drew]);
  const caption = `${words} — ${t.count(commitments.length, noun)} · ${sourceWords}`;
  const panelControls = (view: ViewId, exportView: ExportView, what: string) => (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={spotlit === view}
        aria-label={spotlit === view ? t.showAllViews : t.enlargeView(what)}
        onClick={() => actions.spotlightView(spotlit === view ? null : view)}
      >
        {spotlit === view ? t.allViews : t.enlarge}
      </button>
      {exportMenu(exportView, what)}
    </>
  );
  const exportMenu = (view: ExportView, what: string, label = t.exportButton) => (
    <ExportMenu
      what={what}
      label={label}
      t={t}
      canCopy={canCopy}
      onDownload={(choice) => void exporter.run(view, choice, 'download', what)}
      onCopy={(choice) => void exporter.run(view, choice, 'copy', what)}
    />
  );

  return (
    <>
      <div className="filter-bar">
        <p className="filter-bar__words" aria-live="polite">
          <span className="muted">{t.showing}</span> <strong>{words}</strong> — {t.count(commitments.length, noun)}
        </p>
        <ExportStatusLine status={exporter.status} working={t.exporting} />
        <StatementFilter types={s.types} strengths={s.strengths} specificOnly={s.specificOnly} language={language} onToggleType={actions.toggleType} onToggleStrength={actions.toggleStrength} onToggleSpecificOnly={actions.toggleSpecificOnly} />
        {readoutCounts.length > 1 && <ReadoutFilter dataset={dataset} counts={readoutCounts} selected={s.sources} noun={noun} language={language} onToggle={actions.toggleSource} onChoose={actions.chooseSources} compare={s.compare} onToggleCompare={actions.toggleCompare} latestOnly={s.latestOnly} onToggleLatestOnly={actions.toggleLatestOnly} />}
        <div className="filter-bar__actions">
          {exportMenu('dashboard', t.dashboardView, t.exportDashboard)}
          <button type="button" className="button button--secondary button--small" onClick={actions.clearFilters} disabled={!active}>
            {t.resetFilters}
          </button>
        </div>
      </div>
      <div className={`dashboard${spotlit ? ' dashboard--spotlight' : ''}`}>
        {shows('map') && (
        <ViewPanel area="map" title={t.mapTitle} hint={t.mapHint} language={language} caption={spotlit === 'map' ? caption : undefined} actions={panelControls('map', 'map', t.mapTitle)}>
          <MapPanel
            dataset={dataset}
            counts={countryCounts}
            noun={noun}
            selected={s.countries}
            partners={partners}
            comparing={comparing}
            language={language}
            onToggleCountry={actions.toggleCountry}
            onDrawn={drewMap}
          />
        </ViewPanel>
        )}
        {shows('timeline') && (
        <ViewPanel area="timeline" title={t.timelineTitle} hint={t.timelineHint} language={language} caption={spotlit === 'timeline' ? caption : undefined} actions={panelControls('timeline', 'timeline', t.timelineTitle)}>
          <Suspense fallback={<p className="view__note">{t.timelineLoading}</p>}>
          <PledgeTimeline {...timelineProps} large={presenting} onDrawn={drewTimeline} />
          </Suspense>
        </ViewPanel>
        )}
        {shows('heatmap') && (
        <ViewPanel area="heatmap" title={t.heatmapTitle} hint={t.heatmapHint} language={language} caption={spotlit === 'heatmap' ? caption : undefined} actions={panelControls('heatmap', 'heatmap', t.heatmapTitle)}>
          <DomainHeatmap
            heatmap={heatmap}
            countryNames={lookups.countryNames}
            selectedCountries={s.countries}
            selectedDomains={s.domains}
            specificOnly={s.specificOnly}
            comparing={comparing}
            fit={fitted}
            noun={noun}
            language={language}
            onPickCell={actions.pickCell}
            onPickGroup={actions.pickGroupCell}
            onToggleCountry={actions.toggleCountry}
            onToggleDomain={actions.toggleDomain}
          />
        </ViewPanel>
        )}
        {shows('details') && (
        <ViewPanel area="details" title={`${t.nounTitle(noun)} (${commitments.length})`} language={language} caption={spotlit === 'details' ? caption : undefined} actions={panelControls('details', 'list', t.nounTitle(noun))}>
          <DetailsBody>
            {(height) => (
              <>
                {focused && (
                  <CommitmentDetails
                    key={focused.id}
                    commitment={focused}
                    personNames={lookups.personNames}
                    events={focused.eventIds.flatMap((id) => lookups.events.get(id) ?? [])}
                    sources={lookups.sources}
                    sourceTexts={sourceTexts}
                    countryNames={lookups.countryNames}
                    domainLabels={lookups.domainLabels}
                    dataset={dataset}
                    chain={chainOf(dataset, focused.id)}
                    language={language}
                    onFocusRecord={actions.focusRecord}
                    onClose={() => actions.focusRecord(null)}
                  />
            )}
                <CommitmentList
                  commitments={commitments}
                  noun={noun}
                  countryNames={lookups.countryNames}
                  domainLabels={lookups.domainLabels}
                  focusedId={s.focusedId}
                  language={language}
                  onFocusRecord={actions.focusRecord}
                  onReset={actions.clearFilters}
                  fitHeight={fitted ? height : undefined}
                />
              </>
            )}
          </DetailsBody>
        </ViewPanel>
        )}
      </div>
      {twinSize && (
        // The timeline drawn again off screen, taller, for the dashboard's export to copy (see useTimelineTwin).
        <div className="export-twin" ref={twinRef} style={{ width: twinSize.width, height: twinSize.height }} aria-hidden="true" inert>
          <Suspense fallback={null}>
            <PledgeTimeline {...timelineProps} onDrawn={twinDrawn} />
          </Suspense>
        </div>
      )}
    </>
  );
}
