import type { Commitment } from '../data/schema';
import { formatWhen } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { describeParty } from './describe-party';

/** What a statement does and how strongly, in words: "Undertaking (firm undertaking)", "Call". */
export function describeStrength(c: Commitment, language: Language): string {
  const t = MESSAGES[language];
  const type = t.statementTypes[c.statementType];
  const strength = t.strengths[c.strength];
  return type === strength ? type : `${type} (${strength.toLowerCase()})`;
}

/** Its latest status. */
export function currentStatus(c: Commitment): Commitment['statusHistory'][number]['status'] {
  return c.statusHistory.at(-1)?.status ?? 'announced';
}

/**
 * One line of facts under a statement's title, as the list shows it and its image export draws it:
 * type and strength, who, when stated, status, subject.
 */
export function describeRecord(c: Commitment, countryNames: ReadonlyMap<string, string>, language: Language): string {
  const t = MESSAGES[language];
  return [describeStrength(c, language), describeParty(c.makerIds, countryNames, language), formatWhen(c.stated, language), t.statuses[currentStatus(c)], t.kinds[c.kind]].join(' · ');
}
