/** A heatmap group as far as collapsing goes: its id and its domains' ids. */
interface GroupDomains {
  group: { id: string };
  rows: readonly { domain: { id: string } }[];
}

/**
 * The groups drawn as one row: those the user collapsed, or every group (a presentation, which
 * must fit its panel). A group holding a selected domain always stays open, so the selection is
 * never hidden inside a summed row.
 */
export function collapsedGroups(groups: readonly GroupDomains[], asked: ReadonlySet<string> | 'all', selectedDomains: readonly string[]): Set<string> {
  const selected = new Set(selectedDomains);
  return new Set(
    groups
      .filter(({ group, rows }) => (asked === 'all' || asked.has(group.id)) && !rows.some((r) => selected.has(r.domain.id)))
      .map(({ group }) => group.id),
  );
}
