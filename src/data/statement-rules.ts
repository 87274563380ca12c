import type { StatementType, Strength } from './schema';

/** The strengths each statement type can have: only undertakings range over several. */
export const STRENGTHS_OF_TYPE: Record<StatementType, readonly Strength[]> = {
  undertaking: ['firm', 'undertaking', 'advance'],
  call: ['call'],
  position: ['position'],
  assessment: ['view'],
};

/** Strengths whose wording says the parties will do the thing itself, not only advance it. */
const DOING: readonly Strength[] = ['firm', 'undertaking'];

/**
 * Verbs that claim the thing is done or will be done, as a title's first word: a record that only
 * promotes, calls for or supports something must not be titled with one of them.
 */
export const STRONG_TITLE_VERBS: Record<'en' | 'fr', readonly string[]> = {
  en: ['establish', 'build', 'create', 'sign', 'open', 'complete', 'launch', 'set', 'construct', 'implement', 'conclude', 'finish'],
  fr: ['établir', 'construire', 'créer', 'signer', 'ouvrir', 'achever', 'lancer', 'bâtir', 'mettre', 'conclure', 'implanter'],
};

/** Words that a cue of these strengths must contain, in French or English: the scale's own markers. */
export const CUE_MARKERS: Partial<Record<Strength, RegExp>> = {
  firm: /fermement|résolument|firmly|resolutely/iu,
  call: /\b(?:doi[st]|doivent|devons|devez|devrai\w*|faut|should|must|need to)\b/iu,
};

/** The first word of a title, lower-cased, if it is a strong verb of that language. */
export function strongTitleVerb(title: string, language: 'en' | 'fr'): string | undefined {
  const first = title.trim().split(/[\s’']/u)[0]?.toLowerCase() ?? '';
  return STRONG_TITLE_VERBS[language].includes(first) ? first : undefined;
}

/** Whether a record of this strength may be titled with a strong verb. */
export function allowsStrongTitle(strength: Strength): boolean {
  return DOING.includes(strength);
}
