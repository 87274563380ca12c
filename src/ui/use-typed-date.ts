import { useState } from 'react';
import { formatDay } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { parseTypedDate } from '../i18n/parse-typed-date';

/**
 * A day typed in a text field the way the interface writes dates ("26 Apr 2023", "26/04/2023",
 * or ISO), and shown that way once held. A date that does not parse is pointed out only once the
 * field has been left (or Enter pressed), never while it is being typed.
 */
export function useTypedDate(value: string | null, language: Language) {
  // What is being typed; null while the field shows the date held.
  const [draft, setDraft] = useState<string | null>(null);
  // Whether the draft was offered (Enter, or leaving the field): only then is a wrong date pointed out.
  const [offered, setOffered] = useState(false);
  const blank = draft === null || draft.trim() === '';
  /** The draft as an ISO date; '' when the field was emptied; null while it is no date (or untouched). */
  const typed = draft === null ? null : blank ? '' : parseTypedDate(draft);
  return {
    shown: draft ?? (value ? formatDay(value, language) : ''),
    typed,
    invalid: offered && !blank && typed === null,
    type: (text: string) => {
      setDraft(text);
      setOffered(false);
    },
    /** Offers the draft: a date held shows in words again; one that does not parse is pointed out. */
    offer: (held: boolean) => {
      setOffered(true);
      if (held) {
        setDraft(null);
        setOffered(false);
      }
    },
  };
}
