import type { Commitment } from '../data/schema';

/**
 * For each column's country, how many distinct statements sit in any of a group's domains. A
 * collapsed heatmap group shows these: a statement in two of the group's domains is one statement,
 * so adding up the domain cells would count it twice.
 */
export function countGroupStatements(
  commitments: readonly Commitment[],
  groupDomainIds: readonly string[],
  columnIds: readonly string[],
): number[] {
  const inGroup = new Set(groupDomainIds);
  const column = new Map(columnIds.map((id, i) => [id, i]));
  const counts = columnIds.map(() => 0);
  for (const c of commitments) {
    if (!c.domainIds.some((id) => inGroup.has(id))) continue;
    // A country listed twice is still one country.
    for (const countryId of new Set(c.countryIds)) {
      const i = column.get(countryId);
      if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  return counts;
}
