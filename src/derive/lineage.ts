import type { Commitment, Dataset, LinkKind, Source } from '../data/schema';
import { perDataset } from './per-dataset';

/** How a statement stands to earlier readouts: first made here, or repeating, advancing or superseding an earlier one. */
export type Lineage = 'new' | LinkKind;

/** A statement's place in its chain: the statement, its source, and how it came after the one before. */
export interface ChainStep {
  commitment: Commitment;
  source: Source | undefined;
  /** How it links to earlier steps of the chain; 'new' for the first mention. */
  lineage: Lineage;
  /** The earlier statements it links to, each with the link's kind. */
  from: { kind: LinkKind; commitmentId: string }[];
}

interface LineageIndex {
  byId: Map<string, Commitment>;
  sourceOf: Map<string, Source | undefined>;
  /** Each statement's place in the dataset, to order statements of one day as the dataset does. */
  position: Map<string, number>;
  /** Statements each one is linked with, either way. */
  neighbours: Map<string, Set<string>>;
}

const indexOf = perDataset((dataset: Dataset): LineageIndex => {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byId = new Map(dataset.commitments.map((c) => [c.id, c]));
  const neighbours = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  };
  for (const c of dataset.commitments) for (const link of c.links ?? []) if (byId.has(link.commitmentId)) join(c.id, link.commitmentId);
  return { byId, position: new Map(dataset.commitments.map((c, i) => [c.id, i])), sourceOf: new Map(dataset.commitments.map((c) => [c.id, sources.get(c.evidence[0]?.sourceId ?? '')])), neighbours };
});

/** A statement's lineage: 'new' without links to earlier ones; else the kind of its strongest link (supersedes, advances, repeats). */
export function lineageOf(c: Commitment): Lineage {
  const kinds = new Set((c.links ?? []).map((l) => l.kind));
  return kinds.has('supersedes') ? 'supersedes' : kinds.has('advances') ? 'advances' : kinds.has('repeats') ? 'repeats' : 'new';
}

/**
 * Every statement linked to this one, however far along the links, oldest source first: the
 * pledge's life across readouts, from its first mention. A statement without links is a chain of one.
 */
export function chainOf(dataset: Dataset, commitmentId: string): ChainStep[] {
  const { byId, position, sourceOf, neighbours } = indexOf(dataset);
  const seen = new Set<string>([commitmentId]);
  const queue = [commitmentId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of neighbours.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen]
    .flatMap((id) => {
      const commitment = byId.get(id);
      return commitment ? [{ commitment, source: sourceOf.get(id), lineage: lineageOf(commitment), from: (commitment.links ?? []).map(({ kind, commitmentId: to }) => ({ kind, commitmentId: to })) }] : [];
    })
    .sort((a, b) => (a.source?.date ?? '').localeCompare(b.source?.date ?? '') || (position.get(a.commitment.id) ?? 0) - (position.get(b.commitment.id) ?? 0));
}

/** Per readout (source), its statements: how many in all, and how many new, repeated, advancing or superseding. */
export interface ReadoutCounts {
  source: Source;
  statements: number;
  lineage: Record<Lineage, number>;
}

/** The counts of every source, in dataset order, over the statements given (filtered or all). */
export function countByReadout(dataset: Dataset, commitments: readonly Commitment[]): ReadoutCounts[] {
  const counts = new Map(dataset.sources.map((source) => [source.id, { source, statements: 0, lineage: { new: 0, repeats: 0, advances: 0, supersedes: 0 } }]));
  for (const c of commitments) {
    const row = counts.get(c.evidence[0]?.sourceId ?? '');
    if (!row) continue;
    row.statements++;
    row.lineage[lineageOf(c)]++;
  }
  return [...counts.values()];
}
