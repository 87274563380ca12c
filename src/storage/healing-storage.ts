import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { create } from 'zustand';
import { z } from '../data/zod';
import { readStored, removeStored, writeStored } from './local-storage';

/** A value found in this browser's storage that the dashboard could not use, and where it was put. */
export interface SetAside {
  /** What it held, as the user knows it. */
  what: 'scenes' | 'preferences';
  /** The key it now sits under, untouched, should anyone want it back. */
  backupKey: string;
  /** Why it could not be used. */
  reason: string;
}

interface SetAsideState {
  setAside: SetAside[];
  dismiss: () => void;
}

/** What was set aside while the page started: said once, until dismissed (the bad value is gone by then). */
export const useSetAside = create<SetAsideState>()((set) => ({ setAside: [], dismiss: () => set({ setAside: [] }) }));

/**
 * Storage for a persisted store that never hands it a value it cannot use. What it reads is
 * checked against `schema`; a value that is not JSON, not of that shape, or written by a newer
 * version of the dashboard is moved, as it was, to "<key>/set-aside", the user is told, and the
 * store starts from its defaults. Older versions are brought up to date by `migrate`, step by
 * step, before the check.
 */
export function healingStorage<S>(
  what: SetAside['what'],
  schema: z.ZodMiniType<S>,
  version: number,
  migrate: (state: unknown, from: number) => unknown = (state) => state,
): PersistStorage<S> {
  return {
    getItem: (key) => {
      const raw = readStored(key);
      if (raw === null) return null;
      const problem = (reason: string) => {
        const backupKey = `${key}/set-aside`;
        writeStored(backupKey, raw);
        removeStored(key);
        useSetAside.setState((s) => ({ setAside: [...s.setAside, { what, backupKey, reason }] }));
        return null;
      };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return problem('it is not valid JSON');
      }
      const envelope = z.object({ state: z.unknown(), version: z.number().check(z.int()) }).safeParse(parsed);
      if (!envelope.success) return problem('it is not a saved state');
      if (envelope.data.version > version) return problem(`it was saved by a newer version of the dashboard (format ${envelope.data.version}; this one reads ${version})`);
      const state = schema.safeParse(envelope.data.version < version ? migrate(envelope.data.state, envelope.data.version) : envelope.data.state);
      if (!state.success) {
        const issue = state.error.issues[0];
        return problem(`${issue?.path.join('.') || 'the value'}: ${(issue?.message ?? 'not as expected').replace(/^Invalid (input|option): /, '')}`);
      }
      return { state: state.data, version } satisfies StorageValue<S>;
    },
    setItem: (key, value) => writeStored(key, JSON.stringify(value)),
    removeItem: (key) => removeStored(key),
  };
}
