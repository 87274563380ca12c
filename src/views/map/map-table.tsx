import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import type { Noun } from '../../i18n/noun';
import type { MapCountry } from '../../derive/to-map-countries';

interface MapTableProps {
  countries: readonly MapCountry[];
  selected: readonly string[];
  noun: Noun;
  language: Language;
}

/** The map as a table: each country, its count, whether it is selected, its relationship labels. */
export function MapTable({ countries, selected, noun, language }: MapTableProps) {
  const t = MESSAGES[language];
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
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {selected.includes(c.id) && ` (${t.selected})`}
              </th>
              <td className="num">{c.count}</td>
              <td>{c.relationships.join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
