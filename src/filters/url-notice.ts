/** Why a URL parameter was ignored; the view says it in the user's language. */
export type UrlProblem =
  | 'not-a-country-code'
  | 'unknown-country'
  | 'not-a-domain-id'
  | 'unknown-domain'
  | 'not-a-source-id'
  | 'unknown-source'
  | 'not-a-date'
  | 'range-reversed'
  | 'unknown-record'
  | 'not-a-language'
  | 'not-a-switch'
  | 'not-a-lane-choice'
  | 'not-a-view'
  | 'not-a-statement-type'
  | 'not-a-strength';

export interface UrlNotice {
  param: string;
  value: string;
  problem: UrlProblem;
}
