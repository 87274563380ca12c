import { assembleCorpus, type BaseDataset } from '../data/assemble-corpus';
import { DatasetError } from '../data/dataset-error';
import { findIntegrityProblems, type SourceTexts } from '../data/find-integrity-problems';
import { draftRegistryFile, draftToReadout, readoutFileName, registryFileName, type Draft } from './draft';

/** What the checks say of a draft: of each statement by index, and of the readout as a whole. */
export interface DraftProblems {
  records: Map<number, string[]>;
  other: string[];
}

/**
 * Checks a draft exactly as `npm run data:check` checks its readout file: beside the base dataset
 * (the embedded one, with its registry), schema first, then every integrity check. Each problem
 * goes to the statement it names, if any. `baseTexts` are the base's sources' texts.
 */
export function checkDraft(draft: Draft, base: BaseDataset, baseTexts: SourceTexts): DraftProblems {
  const file = readoutFileName(draft);
  const records = new Map<number, string[]>();
  const other: string[] = [];
  const sort = (problems: readonly string[]) => {
    for (const problem of problems) {
      const index = new RegExp(`^${escape(file)} › commitments\\[(\\d+)\\]`).exec(problem)?.[1];
      if (index === undefined) other.push(problem);
      else records.set(Number(index), [...(records.get(Number(index)) ?? []), problem.replace(/^.*? › commitments\[\d+\](?: "[^"]*")?(?: › |: )?/, '')]);
    }
  };
  try {
    const additions = draftRegistryFile(draft);
    const corpus = assembleCorpus([{ file, raw: draftToReadout(draft) }, ...(additions ? [{ file: registryFileName(draft), raw: additions }] : [])], base);
    sort(findIntegrityProblems(corpus.dataset, { ...baseTexts, [draft.source.id]: draft.text }, new Set(), corpus.origins));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    sort(error.problems);
  }
  return { records, other };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
