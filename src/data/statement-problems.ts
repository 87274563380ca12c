import type { Commitment, Source } from './schema';
import { allowsStrongTitle, CUE_MARKERS, STRENGTHS_OF_TYPE, strongTitleVerb } from './statement-rules';

/**
 * What the schema cannot see in one coded statement: a strength its type cannot have, cues outside
 * its quotes or without the scale's marker words, a title stronger than its wording, makers or
 * partners left out of the countries it concerns, statuses out of order or reported before their source.
 * Each problem is [field, message]. Quotes and spans themselves are checked against the text elsewhere.
 */
export function statementProblems(c: Commitment, sources: ReadonlyMap<string, Source>): [string, string][] {
  const problems: [string, string][] = [];
  if (!STRENGTHS_OF_TYPE[c.statementType].includes(c.strength)) {
    problems.push(['strength', `"${c.strength}" is not a strength of a ${c.statementType} (one of: ${STRENGTHS_OF_TYPE[c.statementType].join(', ')})`]);
  }
  c.cues.forEach((cue, i) => {
    const inQuote = c.evidence.some((e) => e.sourceId === cue.sourceId && e.start <= cue.start && cue.end <= e.end);
    if (!inQuote) problems.push([`cues[${i}]`, `"${cue.text}" (${cue.start}–${cue.end}) is not inside any of the record's quotes`]);
  });
  const marker = CUE_MARKERS[c.strength];
  if (marker && !c.cues.some((cue) => marker.test(cue.text))) {
    problems.push(['cues', `a "${c.strength}" strength needs a cue with its marker words (${marker.source}); cues are ${c.cues.map((q) => `"${q.text}"`).join(', ')}`]);
  }
  if (!allowsStrongTitle(c.strength)) {
    (['en', 'fr'] as const).forEach((language) => {
      const verb = strongTitleVerb(c.title[language], language);
      if (verb) problems.push([`title › ${language}`, `"${verb}" claims more than a "${c.strength}" statement says: title it with the sentence's own verb`]);
    });
  }
  const concerned = new Set(c.countryIds);
  [...c.makerIds, ...c.partnerIds].forEach((id) => {
    if (!concerned.has(id)) problems.push(['countryIds', `"${id}" is a maker or partner but not among the countries it concerns`]);
  });
  if (c.agreed && c.agreed.start !== null && c.stated.end !== null && c.agreed.start > c.stated.end) {
    problems.push(['agreed', `agreed from ${c.agreed.start}, after it was stated (${c.stated.end})`]);
  }
  c.statusHistory.forEach((entry, i) => {
    const previous = c.statusHistory[i - 1];
    if (previous && entry.asOf < previous.asOf) problems.push([`statusHistory[${i}] › asOf`, `${entry.asOf} comes before the previous status (${previous.asOf}): list statuses oldest first`]);
    const source = sources.get(entry.evidence.sourceId);
    if (source && entry.asOf > source.date) problems.push([`statusHistory[${i}] › asOf`, `${entry.asOf} is after the date of its source (${source.date})`]);
  });
  return problems;
}
