import { useMemo } from 'react';
import { useMapFeatures } from '../data/map-query';
import type { Dataset } from '../data/schema';
import { countryScaleMax, type CountryCount } from '../derive/to-country-counts';
import { toMapCountries } from '../derive/to-map-countries';
import type { CountryPartners } from '../derive/to-partner-links';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Noun } from '../i18n/noun';
import { CountryMap } from '../views/map/country-map';
import { DatasetLoadError } from './dataset-load-error';

interface MapPanelProps {
  dataset: Dataset;
  counts: readonly CountryCount[];
  /** What the counts count. */
  noun: Noun;
  selected: readonly string[];
  /** With whom each selected country shares statements. */
  partners: readonly CountryPartners[];
  /** Comparing two readouts: what each count reads, earlier → later. */
  comparing: string | null;
  language: Language;
  onToggleCountry: (countryId: string) => void;
  /** Called once the borders are drawn. */
  onDrawn: () => void;
}

/** Loads the map's borders and hands the map what it draws; a failed load stays inside the map. */
export function MapPanel({ dataset, counts, noun, selected, partners, comparing, language, onToggleCountry, onDrawn }: MapPanelProps) {
  const query = useMapFeatures();
  const countries = useMemo(() => toMapCountries(dataset, counts, language), [dataset, counts, language]);
  if (query.isError) return <DatasetLoadError title={MESSAGES[language].mapLoadFailed} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  return (
    <CountryMap
      features={query.data}
      countries={countries}
      scaleMax={countryScaleMax(dataset)}
      noun={noun}
      places={dataset.places}
      selected={selected}
      partners={partners}
      comparing={comparing}
      language={language}
      onToggleCountry={onToggleCountry}
      onDrawn={onDrawn}
    />
  );
}
