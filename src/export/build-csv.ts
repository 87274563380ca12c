import { laneLabel } from '../derive/lane-label';
import { describeParty, joinNames } from '../derive/describe-party';
import { describeSource } from '../derive/describe-source';
import { compareCountryCounts, compareHeatmaps, comparedPair, filtersFor } from '../derive/compare-readouts';
import { readoutLabel } from '../derive/readout-label';
import { describeStrength } from '../derive/describe-record';
import { filterCommitments } from '../derive/filter-commitments';
import { toCountryCounts } from '../derive/to-country-counts';
import { toHeatmap } from '../derive/to-heatmap';
import { toMapCountries } from '../derive/to-map-countries';
import { toTimeline } from '../derive/to-timeline';
import { EVERY_RECORD } from '../filters/filter-state';
import type { Evidence, TimeRange } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { nounFor } from '../i18n/noun';
import type { ExportContext, ExportView } from './export-context';
import { toCsv } from './to-csv';

/** A view's data as CSV: what it shows under the current filters, or under none. */
export function buildCsv(view: ExportView, context: ExportContext, scope: 'selection' | 'all'): string {
  const { dataset, language } = context;
  // The full dataset is every record of every statement type; the selection is what is on screen.
  const filters = scope === 'all' ? EVERY_RECORD : context.filters;
  const t = MESSAGES[language];
  const h = t.csvHeaders;
  const countryNames = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));

  // Comparing two readouts, the map and heatmap give each count of the earlier one, then of the later one
  // (the full dataset chooses no readout, so compares none).
  const pair = comparedPair(dataset, filters.sources, context.compare);
  const noun = t.nounTitle(nounFor(filters.types));
  switch (view) {
    case 'map': {
      if (pair) {
        const before = toCountryCounts(dataset, filtersFor(filters, pair.before));
        const after = toCountryCounts(dataset, filtersFor(filters, pair.after));
        const countries = toMapCountries(dataset, compareCountryCounts(before, after), language);
        return toCsv(
          [h.country, `${noun} (${readoutLabel(pair.before, dataset, language)})`, `${noun} (${readoutLabel(pair.after, dataset, language)})`, h.selected, h.relationship],
          countries.map((c) => [c.name, c.before ?? 0, c.count, filters.countries.includes(c.id) ? h.yes : h.no, c.relationships.join(' · ')]),
        );
      }
      const countries = toMapCountries(dataset, toCountryCounts(dataset, filters), language);
      return toCsv(
        [h.country, noun, h.selected, h.relationship],
        countries.map((c) => [c.name, c.count, filters.countries.includes(c.id) ? h.yes : h.no, c.relationships.join(' · ')]),
      );
    }
    case 'heatmap': {
      if (pair) {
        const heatmap = compareHeatmaps(toHeatmap(dataset, filtersFor(filters, pair.before)), toHeatmap(dataset, filtersFor(filters, pair.after)));
        const [before, after] = [pair.before, pair.after].map((source) => readoutLabel(source, dataset, language));
        return toCsv(
          [h.group, h.domain, ...heatmap.columns.flatMap((id) => [`${countryNames.get(id) ?? id} (${before})`, `${countryNames.get(id) ?? id} (${after})`])],
          heatmap.groups.flatMap(({ group, rows }) => rows.map((row) => [group.label[language], row.domain.label[language], ...row.counts.flatMap((count, i) => [row.before?.[i] ?? 0, count])])),
        );
      }
      const heatmap = toHeatmap(dataset, filters);
      return toCsv(
        [h.group, h.domain, ...heatmap.columns.map((id) => countryNames.get(id) ?? id)],
        heatmap.groups.flatMap(({ group, rows }) => rows.map((row) => [group.label[language], row.domain.label[language], ...row.counts])),
      );
    }
    case 'timeline': {
      const timeline = toTimeline(dataset, filters, context.lanes);
      const laneName = (id: string) => laneLabel(id, context.lanes, { ...t, kindsShort: t.kinds, strengthsShort: t.strengths }, countryNames);
      return toCsv(
        [h.type, h.start, h.end, h.precision, h.lane, h.title, h.wording],
        [
          ...[...timeline.events.map(({ event }) => event), ...timeline.undated.events].map((event) => [h.event, event.when.start ?? '', event.when.end ?? '', t.precisions[event.when.precision], '', event.title[language], event.when.wording]),
          ...timeline.lanes.flatMap((lane) =>
            lane.stacks.flatMap((stack) =>
              stack.marks
                // The full dataset has no time range: every mark is in it.
                .filter((m) => m.inRange)
                .map(({ commitment }) => [h.commitment, stack.date, stack.date, t.precisions.day, laneName(lane.id), commitment.title[language], commitment.stated.wording]),
            ),
          ),
        ],
      );
    }
    case 'list':
    case 'dashboard': {
      const domainLabels = new Map(dataset.domains.map((d) => [d.id, d.label[language]]));
      const people = new Map(dataset.people.map((p) => [p.id, p.name[language]]));
      const languageOf = new Map(dataset.sources.map((s) => [s.id, s.language]));
      const sources = new Map(dataset.sources.map((s) => [s.id, s]));
      const describeSourceById = (id: string | undefined) => {
        const source = sources.get(id ?? '');
        return source ? describeSource(source, dataset, language) : '';
      };
      const names = (ids: readonly string[]) => joinNames(ids.map((id) => people.get(id) ?? id), language);
      const when = (w: TimeRange | undefined) => (w ? `${w.start ?? ''}/${w.end ?? ''} (${t.precisions[w.precision]}; « ${w.wording} »)` : '');
      // The quote in its own language; the translation into the interface language, where that differs.
      const translation = (e: Evidence) => (languageOf.get(e.sourceId) === language ? '' : (e.translations[language] ?? ''));
      return toCsv(
        [h.id, h.title, h.statementType, h.strength, h.cues, h.madeBy, h.partners, h.concerns, h.speakers, h.agreedBy, h.domains, h.kind, h.stated, h.agreed, h.status, h.quote, h.quoteLanguage, h.translation, h.source, h.readout, h.links],
        filterCommitments(dataset, filters).map((c) => [
          c.id,
          c.title[language],
          t.statementTypes[c.statementType],
          describeStrength(c, language),
          c.cues.map((cue) => cue.text).join(' / '),
          describeParty(c.makerIds, countryNames, language),
          describeParty(c.partnerIds, countryNames, language),
          joinNames(c.countryIds.map((id) => countryNames.get(id) ?? id), language),
          names(c.speakerIds),
          names(c.agreedByIds),
          c.domainIds.map((id) => domainLabels.get(id) ?? id).join('; '),
          t.kinds[c.kind],
          when(c.stated),
          when(c.agreed),
          c.statusHistory.map((entry) => `${t.statuses[entry.status]} (${entry.asOf})`).join(' → '),
          c.evidence.map((e) => e.quote).join(' / '),
          [...new Set(c.evidence.map((e) => languageOf.get(e.sourceId) ?? ''))].join('; '),
          c.evidence.map(translation).join(' / '),
          c.evidence.map((e) => e.sourceId).join('; '),
          describeSourceById(c.evidence[0]?.sourceId),
          (c.links ?? []).map((link) => `${t.lineageNames[link.kind]} ${link.commitmentId}`).join('; '),
        ]),
      );
    }
  }
}
