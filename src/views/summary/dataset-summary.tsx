import { useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { summarizeDataset } from '../../derive/summarize-dataset';
import { formatDay } from '../../i18n/format-date-range';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { CountBar } from './count-bar';

interface DatasetSummaryProps {
  /** The validated dataset. */
  dataset: Dataset;
  /** Language of every label. */
  language: Language;
}

/** What the dataset holds: its sources, then counts per record type, per country and per domain. */
export function DatasetSummary({ dataset, language }: DatasetSummaryProps) {
  const t = MESSAGES[language];
  const summary = useMemo(() => summarizeDataset(dataset), [dataset]);
  const countryName = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));
  const domainLabel = new Map(dataset.domains.map((d) => [d.id, d.label[language]]));
  const maxCountry = Math.max(1, ...summary.perCountry.map((c) => c.count));
  const maxDomain = Math.max(1, ...summary.perDomain.map((d) => d.count));

  return (
    <div className="summary">
      <section className="panel summary__sources" aria-labelledby="summary-sources">
        <h2 id="summary-sources">{t.source}</h2>
        {dataset.sources.map((source) => (
          <p key={source.id}>
            <span className="summary__source-title">{source.title[language]}</span>
            <br />
            <span className="muted">
              {formatDay(source.date, language)} · {t.sourcePublisher}: {source.publisher[language]}
            </span>
          </p>
        ))}
      </section>

      <section className="panel" aria-labelledby="summary-records">
        <h2 id="summary-records">{t.recordTypes}</h2>
        <table className="table" aria-labelledby="summary-records">
          <thead>
            <tr>
              <th scope="col">{t.recordType}</th>
              <th scope="col" className="num">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {summary.records.map((r) => (
              <tr key={r.type}>
                <th scope="row">{t.recordTypeNames[r.type]}</th>
                <td className="num">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="summary-countries">
        <h2 id="summary-countries">{t.perCountry}</h2>
        <p className="muted">{t.collectiveNote}</p>
        <table className="table" aria-labelledby="summary-countries">
          <thead>
            <tr>
              <th scope="col">{t.country}</th>
              <th scope="col" className="num">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {summary.perCountry.map((c) => (
              <tr key={c.id}>
                <th scope="row">{countryName.get(c.id)}</th>
                <td className="num">
                  <CountBar value={c.count} max={maxCountry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel summary__domains" aria-labelledby="summary-domains">
        <h2 id="summary-domains">{t.perDomain}</h2>
        <div className="summary__groups">
          {dataset.domainGroups.map((group) => (
            <table key={group.id} className="table">
              <caption>{group.label[language]}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.domain}</th>
                  <th scope="col" className="num">{t.count}</th>
                </tr>
              </thead>
              <tbody>
                {summary.perDomain
                  .filter((d) => d.groupId === group.id)
                  .map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{domainLabel.get(d.id)}</th>
                      <td className="num">
                        <CountBar value={d.count} max={maxDomain} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </div>
      </section>
    </div>
  );
}
