import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import type { Noun } from '../../i18n/noun';
import type { MapCountry } from '../../derive/to-map-countries';
import type { CountryPartners } from '../../derive/to-partner-links';

interface MapTableProps {
  countries: readonly MapCountry[];
  selected: readonly string[];
  /** What each selected country shares with the others: one column per selected country. */
  partners: readonly CountryPartners[];
  noun: Noun;
  language: Language;
}

/** The map as a table: each country, its count, whether it is selected, its relationship labels, what it shares with the selection. */
export function MapTable({ countries, selected, partners, noun, language }: MapTableProps) {
  const t = MESSAGES[language];
  const names = new Map(countries.map((c) => [c.id, c.name]));
  const shared = (of: CountryPartners, id: string) => of.partners.find((p) => p.countryId === id)?.count ?? 0;
  return (
    <details className="data-table">
      <summary>{t.dataTable}</summary>
      <table className="table">
        <caption className="visually-hidden">{t.mapTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.country}</th>
            <th scope="col" className="num">{t.nounTitle(noun)}</th>
            <th scope="col">{t.relationship}</th>
            {partners.map((p) => (
              <th key={p.countryId} scope="col" className="num">
                {t.sharedWith(names.get(p.countryId) ?? p.countryId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {selected.includes(c.id) && ` (${t.selected})`}
              </th>
              <td className="num">{c.before === undefined ? c.count : `${c.before} → ${c.count}`}</td>
              <td>{c.relationships.join(' · ')}</td>
              {/* A country shares nothing with itself: the cell is left empty rather than given a count. */}
              {partners.map((p) => (
                <td key={p.countryId} className="num">
                  {p.countryId === c.id ? '—' : shared(p, c.id)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
