import type { SourceTexts } from '../data/find-integrity-problems';
import type { Dataset } from '../data/schema';
import type { Language } from '../i18n/language';
import type { CodingMessages } from './coding-messages';
import type { Draft } from './draft';
import type { Passage } from './passage';

/** What each form coding a passage works from: a record, the meeting, or a registry addition. */
export interface PassageFormProps {
  draft: Draft;
  /** The passage coded: the sentence, or the part of it selected. */
  passage: Passage;
  /** The embedded dataset: its registry, and earlier statements to link to. */
  base: Dataset;
  baseTexts: SourceTexts;
  t: CodingMessages;
  language: Language;
}
