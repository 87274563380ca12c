/** Month names and their usual abbreviations, in English and French, lower case, to month numbers. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, janv: 1, january: 1, janvier: 1,
  feb: 2, févr: 2, fevr: 2, february: 2, février: 2, fevrier: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, avr: 4, april: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, juin: 6, june: 6,
  jul: 7, juil: 7, july: 7, juillet: 7,
  aug: 8, août: 8, aout: 8, august: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, déc: 12, december: 12, décembre: 12, decembre: 12,
};

/** The month a word names (1–12), in either language, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}
