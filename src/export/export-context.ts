import type { MapFeatures } from '../data/map-query';
import type { Dataset } from '../data/schema';
import type { Filters, TimelineLanes } from '../filters/filter-state';
import type { Language } from '../i18n/language';

export type ExportView = 'map' | 'heatmap' | 'timeline' | 'list' | 'dashboard';
export type ExportFormat = 'png' | 'svg' | 'csv';

/** Everything an export is built from: what the user sees, as data. */
export interface ExportContext {
  dataset: Dataset;
  filters: Filters;
  lanes: TimelineLanes;
  /** Whether the map and heatmap compare the two readouts chosen. */
  compare: boolean;
  language: Language;
  /** The map's borders; without them the map is left out. */
  features: MapFeatures | undefined;
  /** The day of the export, as an ISO date (passed in, so builders stay pure). */
  exportDate: string;
}

export interface ExportRequest {
  view: ExportView;
  format: ExportFormat;
  /** Pixels per unit for PNG. */
  scale: 1 | 2 | 4;
  /** For CSV: what the user is looking at, or the whole dataset. */
  scope: 'selection' | 'all';
}
