import { useFilters } from './use-filters';
import { MESSAGES, type Messages } from '../i18n/messages';

/** The interface strings in the language the user chose. */
export function useMessages(): Messages {
  return MESSAGES[useFilters((s) => s.language)];
}
