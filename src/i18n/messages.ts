import type { Language } from './language';
import { en, type Messages } from './messages-en';
import { fr } from './messages-fr';

export type { Messages };

export const MESSAGES: Record<Language, Messages> = { en, fr };
