import { ID as RECORD_ID, STATEMENT_TYPES, STRENGTHS, type StatementType, type Strength } from '../data/schema';
import { isLanguage } from '../i18n/language';
import { DEFAULT_STATE, isDefaultTypes, LANE_CHOICES, VIEW_IDS, type FilterState } from './filter-state';
import type { UrlNotice } from './url-notice';

const COUNTRY = /^[A-Z]{3}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The state as URL parameters, defaults left out, lists sorted so that one view has one URL. */
export function serializeState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.countries.length > 0) params.set('c', [...state.countries].sort().join(','));
  if (state.domains.length > 0) params.set('d', [...state.domains].sort().join(','));
  if (!isDefaultTypes(state.types)) params.set('type', inOrder(STATEMENT_TYPES, state.types).join(','));
  if (state.strengths.length > 0) params.set('strength', inOrder(STRENGTHS, state.strengths).join(','));
  if (state.timeRange) {
    params.set('from', state.timeRange.start);
    params.set('to', state.timeRange.end);
  }
  if (state.sources.length > 0) params.set('src', [...state.sources].sort().join(','));
  if (state.focusedId) params.set('focus', state.focusedId);
  if (state.specificOnly) params.set('specific', '1');
  if (state.lanes !== DEFAULT_STATE.lanes) params.set('lanes', state.lanes);
  if (state.spotlight) params.set('view', state.spotlight);
  if (state.latestOnly) params.set('latest', '1');
  if (state.compare) params.set('compare', '1');
  if (state.language !== DEFAULT_STATE.language) params.set('lang', state.language);
  return params.toString();
}

/** A state read from a URL, with a notice for each parameter that could not be used. */
export interface ParsedState {
  state: FilterState;
  notices: UrlNotice[];
}

/**
 * Reads the state from URL parameters. A parameter that does not parse falls back to its default
 * and yields a notice; unknown parameters are ignored.
 */
export function parseState(search: string): ParsedState {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: FilterState = { ...DEFAULT_STATE };

  const list = (param: string, pattern: RegExp, problem: UrlNotice['problem']) => {
    const raw = params.get(param);
    if (raw === null || raw === '') return [];
    const values = [...new Set(raw.split(','))];
    const bad = values.filter((v) => !pattern.test(v));
    bad.forEach((value) => notices.push({ param, value, problem }));
    return values.filter((v) => pattern.test(v));
  };
  state.countries = list('c', COUNTRY, 'not-a-country-code');
  state.domains = list('d', ID, 'not-a-domain-id');
  const types = list('type', oneOf(STATEMENT_TYPES), 'not-a-statement-type') as StatementType[];
  if (types.length > 0) state.types = inOrder(STATEMENT_TYPES, types);
  state.strengths = inOrder(STRENGTHS, list('strength', oneOf(STRENGTHS), 'not-a-strength') as Strength[]);
  state.sources = list('src', ID, 'not-a-source-id');

  const from = params.get('from');
  const to = params.get('to');
  // A single bound is a one-day range.
  const start = from ?? to;
  if (start !== null) {
    const end = to ?? start;
    if (!isDate(start)) notices.push({ param: from !== null ? 'from' : 'to', value: start, problem: 'not-a-date' });
    else if (!isDate(end)) notices.push({ param: 'to', value: end, problem: 'not-a-date' });
    else if (start > end) notices.push({ param: 'from', value: `${start} > ${end}`, problem: 'range-reversed' });
    else state.timeRange = { start, end };
  }

  const focus = params.get('focus') ?? '';
  if (focus !== '') {
    if (RECORD_ID.test(focus)) state.focusedId = focus;
    else notices.push({ param: 'focus', value: focus, problem: 'unknown-record' });
  }

  // Switches: 1 or 0; anything else is named and left at its default.
  const flag = (param: string): boolean | undefined => {
    const value = params.get(param);
    if (value === null) return undefined;
    if (value === '1' || value === '0') return value === '1';
    notices.push({ param, value, problem: 'not-a-switch' });
    return undefined;
  };
  state.latestOnly = flag('latest') ?? state.latestOnly;
  state.compare = flag('compare') ?? state.compare;
  state.specificOnly = flag('specific') ?? state.specificOnly;

  const lanes = params.get('lanes');
  if (lanes !== null) {
    const known = LANE_CHOICES.find((choice) => choice === lanes);
    if (known) state.lanes = known;
    else notices.push({ param: 'lanes', value: lanes, problem: 'not-a-lane-choice' });
  }

  const view = params.get('view');
  if (view !== null) {
    const known = VIEW_IDS.find((id) => id === view);
    if (known) state.spotlight = known;
    else notices.push({ param: 'view', value: view, problem: 'not-a-view' });
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.language = lang;
    else notices.push({ param: 'lang', value: lang, problem: 'not-a-language' });
  }
  return { state, notices };
}

/** A pattern matching exactly these words. */
function oneOf(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${words.join('|')})$`);
}

/** The chosen values in the scale's own order, so that one choice has one URL. */
function inOrder<T extends string>(scale: readonly T[], chosen: readonly T[]): T[] {
  return scale.filter((value) => chosen.includes(value));
}

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
