import { describeSources, MAX_SOURCE_TITLES } from '../derive/describe-sources';
import { describeFilters } from '../derive/describe-filters';
import { describeSource } from '../derive/describe-source';
import { filterCommitments } from '../derive/filter-commitments';
import { formatDay } from '../i18n/format-date-range';
import { MESSAGES } from '../i18n/messages';
import { nounFor } from '../i18n/noun';
import { buildCsv } from './build-csv';
import type { ExportContext, ExportRequest, ExportView } from './export-context';
import { exportFileName } from './file-name';
import type { Caption } from './frame-view';

export type BuiltExport =
  | { kind: 'image'; caption: Caption; fileName: string; count: number }
  | { kind: 'csv'; text: string; fileName: string };

/**
 * Everything about an export that does not touch the page: the CSV, or an image's caption and
 * the number of statements it speaks of; and the file's name. The image itself is the view as
 * drawn on screen.
 */
export function buildExport(request: ExportRequest, context: ExportContext): BuiltExport {
  const fileName = exportFileName(request.view, request.format, context.filters, context.dataset, request.format === 'csv' ? request.scope : 'selection');
  if (request.format === 'csv') return { kind: 'csv', text: buildCsv(request.view, context, request.scope), fileName };
  return { kind: 'image', caption: buildCaption(request.view, context), fileName, count: filterCommitments(context.dataset, context.filters).length };
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
  const shown = filterCommitments(dataset, context.filters);
  const count = shown.length;
  // The sources of what the image shows (all of them where it shows nothing), each fully described
  // where there are few; more are summed up.
  const cited = new Set(shown.map((c) => c.evidence[0]?.sourceId));
  const named = count === 0 ? dataset.sources : dataset.sources.filter((s) => cited.has(s.id));
  const sources = named.length > MAX_SOURCE_TITLES ? t.exportSourceTitle(describeSources(named, language)) : named.map((s) => t.exportSourceTitle(describeSource(s, dataset, language, true))).join(' · ');
  return {
    title: titles[view],
    filters: `${describeFilters(context.filters, dataset, language)} — ${t.count(count, nounFor(context.filters.types))}`,
    source: sources,
    footer: t.exportFooter(t.appTitle, formatDay(context.exportDate, language)),
  };
}
