import { daysInWords } from './day-in-words';
import type { Evidence, TimeRange } from './schema';

/**
 * What is wrong with a date as a record gives it: bounds that do not fit its precision, words that
 * are not in the record's quotes (or at the place the date points to), a day the words do not give.
 */
export function dateProblems(when: TimeRange, evidence: readonly Evidence[]): string[] {
  const problems: string[] = [];
  const { start, end, precision } = when;
  if (precision === 'unknown' && (start !== null || end !== null)) problems.push('an unknown date has no start or end (write null)');
  if (precision === 'open' && (start === null) === (end === null)) problems.push('an open-ended date has exactly one bound (the other null)');
  if (precision !== 'unknown' && precision !== 'open' && (start === null || end === null)) {
    problems.push(`a date of precision "${precision}" needs both start and end (use "open" or "unknown" for a bound the text does not give)`);
  }
  if (start !== null && end !== null && start > end) problems.push(`start ${start} is after end ${end}`);
  if (precision === 'day' && start !== end) problems.push(`a day has one date, not ${start} to ${end}`);
  if (when.wordingAt) {
    if (when.wordingAt.text !== when.wording) problems.push(`wordingAt holds "${when.wordingAt.text}", not the wording "${when.wording}"`);
  } else if (!evidence.some((item) => item.quote.includes(when.wording))) {
    problems.push(`"${when.wording}" is not in the record's quoted evidence (or give wordingAt)`);
  }
  if (precision === 'day' && start !== null && !daysInWords(when.wording).includes(start)) {
    problems.push(`dated ${start} to the day, but its words "${when.wording}" do not give that day`);
  }
  return problems;
}
