import { describeSources, MAX_SOURCE_TITLES } from '../derive/describe-sources';
import { laneLabel } from '../derive/lane-label';
import { describeFilters } from '../derive/describe-filters';
import { filterCommitments } from '../derive/filter-commitments';
import { countryScaleMax, toCountryCounts } from '../derive/to-country-counts';
import { toHeatmap } from '../derive/to-heatmap';
import { toMapCountries } from '../derive/to-map-countries';
import { toPartnerLinks } from '../derive/to-partner-links';
import { toTimeline } from '../derive/to-timeline';
import { formatDay } from '../i18n/format-date-range';
import { MESSAGES } from '../i18n/messages';
import { nounFor } from '../i18n/noun';
import { buildCsv } from './build-csv';
import { buildDashboardScene } from './build-dashboard-scene';
import { buildHeatmapScene } from './build-heatmap-scene';
import { buildListScene } from './build-list-scene';
import { buildMapScene } from './build-map-scene';
import { buildTimelineScene } from './build-timeline-scene';
import type { ExportContext, ExportRequest, ExportView } from './export-context';
import { exportFileName } from './file-name';
import { frameScene, type Caption } from './frame-scene';
import type { Scene } from './scene';

export type BuiltExport = { kind: 'image'; scene: Scene; fileName: string } | { kind: 'csv'; text: string; fileName: string };

/** Everything about an export that does not touch the page: the framed scene or the CSV, and its name. */
export function buildExport(request: ExportRequest, context: ExportContext): BuiltExport {
  const fileName = exportFileName(request.view, request.format, context.filters, context.dataset, request.format === 'csv' ? request.scope : 'selection');
  if (request.format === 'csv') return { kind: 'csv', text: buildCsv(request.view, context, request.scope), fileName };
  return { kind: 'image', scene: frameScene(buildBody(request.view, context), buildCaption(request.view, context)), fileName };
}

/** The header and footer of an exported image, in the current language. */
export function buildCaption(view: ExportView, context: ExportContext): Caption {
  const { dataset, language } = context;
  const t = MESSAGES[language];
  const titles: Record<ExportView, string> = {
    map: t.mapTitle,
    heatmap: t.heatmapTitle,
    timeline: t.timelineTitle,
    list: t.nounTitle(nounFor(context.filters.types)),
    dashboard: t.appTitle,
  };
  const count = filterCommitments(dataset, context.filters).length;
  // A source's date is added unless its title already gives the year.
  const sources = dataset.sources.length > MAX_SOURCE_TITLES ? t.exportSourceTitle(describeSources(dataset.sources, language)) : dataset.sources
    .map((s) => (s.title[language].includes(s.date.slice(0, 4)) ? t.exportSourceTitle(s.title[language]) : t.exportSource(s.title[language], formatDay(s.date, language))))
    .join(' · ');
  return {
    title: titles[view],
    filters: `${describeFilters(context.filters, dataset, language)} — ${t.count(count, nounFor(context.filters.types))}`,
    source: sources,
    footer: t.exportFooter(t.appTitle, formatDay(context.exportDate, language)),
  };
}

function buildBody(view: ExportView, context: ExportContext): Scene {
  const { dataset, filters, language } = context;
  const t = MESSAGES[language];
  const countryNames = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));
  const laneName = (id: string) => laneLabel(id, context.lanes, t, countryNames);
  const noun = nounFor(filters.types);
  const map = () => {
    if (!context.features) throw new Error(t.mapLoadFailed);
    return buildMapScene({
      features: context.features,
      countries: toMapCountries(dataset, toCountryCounts(dataset, filters), language),
      scaleMax: countryScaleMax(dataset),
      noun,
      selected: filters.countries,
      partners: toPartnerLinks(dataset, filters),
      places: dataset.places,
      language,
    });
  };
  const heatmap = () => buildHeatmapScene(toHeatmap(dataset, filters), countryNames, noun, language);
  const timeline = () => buildTimelineScene(toTimeline(dataset, filters, context.lanes), laneName, null, noun, language);
  switch (view) {
    case 'map':
      return map();
    case 'heatmap':
      return heatmap();
    case 'timeline':
      return timeline();
    case 'list':
      return buildListScene(filterCommitments(dataset, filters), dataset, language);
    case 'dashboard':
      return buildDashboardScene(context.features ? [map(), timeline()] : [timeline()], heatmap());
  }
}
