import { keyValueStore } from '../storage/indexed-db';
import type { Draft } from './draft';

// The readout being coded, kept in this browser as it goes: a reload, or a later visit, continues it.
const drafts = keyValueStore('china-central-asia-dashboard-coding', 'drafts');
const KEY = 'current';

/** The draft kept, or null; a kept value that is not a draft (another version's) is not used. */
export async function readDraft(): Promise<Draft | null> {
  const value = (await drafts.get(KEY)) as Partial<Draft> | null | undefined;
  return value && typeof value.text === 'string' && typeof value.readoutId === 'string' && Array.isArray(value.records) && value.source ? (value as Draft) : null;
}

export const keepDraft = (draft: Draft) => drafts.put(KEY, draft);
export const forgetDraft = () => drafts.delete(KEY);
