import { STATEMENT_TYPES, STRENGTHS, type StatementType, type Strength } from '../../data/schema';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';

interface StatementFilterProps {
  /** The statement types shown (never none). */
  types: readonly StatementType[];
  /** The strengths shown; none ticked shows every strength. */
  strengths: readonly Strength[];
  /** Only statements specific to one country. */
  specificOnly: boolean;
  language: Language;
  onToggleType: (type: StatementType) => void;
  onToggleStrength: (strength: Strength) => void;
  onToggleSpecificOnly: () => void;
}

/**
 * What kind of statement to show, and how strong: two groups of checkboxes, each with the rule
 * that defines it, so an analyst can say in a sentence what a count counts.
 */
export function StatementFilter({ types, strengths, specificOnly, language, onToggleType, onToggleStrength, onToggleSpecificOnly }: StatementFilterProps) {
  const t = MESSAGES[language];
  return (
    <div className="statement-filter">
      <div role="group" aria-labelledby="statement-types-label" className="statement-filter__group">
        <span id="statement-types-label" className="statement-filter__label">
          {t.typesFilter}
        </span>
        {STATEMENT_TYPES.map((type) => {
          const checked = types.includes(type);
          return (
            <label key={type} className="statement-filter__option" title={t.statementTypeRules[type]}>
              {/* The last type shown cannot be unticked: a view of nothing answers no question. */}
              <input type="checkbox" checked={checked} disabled={checked && types.length === 1} onChange={() => onToggleType(type)} />
              {t.statementTypes[type]}
            </label>
          );
        })}
      </div>
      <div role="group" aria-labelledby="strength-label" className="statement-filter__group">
        <span id="strength-label" className="statement-filter__label">
          {t.strengthFilter} <span className="muted">({strengths.length === 0 ? t.anyStrength : strengths.length})</span>
        </span>
        {STRENGTHS.map((strength) => (
          <label key={strength} className="statement-filter__option" title={`${t.strengths[strength]}: ${t.strengthRules[strength]}`}>
            <input type="checkbox" checked={strengths.includes(strength)} onChange={() => onToggleStrength(strength)} />
            {t.strengthsShort[strength]}
          </label>
        ))}
      </div>
      <label className="statement-filter__option statement-filter__specific" title={t.specificOnNote}>
        <input type="checkbox" checked={specificOnly} onChange={onToggleSpecificOnly} aria-label={t.specificOnly} />
        {t.specificShort}
      </label>
      <details className="statement-filter__rules">
        <summary>{t.strengthScale}</summary>
        <p className="muted">{t.strengthHelp}</p>
        <dl>
          {STRENGTHS.map((strength) => (
            <div key={strength}>
              <dt>{t.strengths[strength]}</dt>
              <dd>{t.strengthRules[strength]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
