/** A timeline lane's name: a commitment kind's label, or else the country's name. */
export function laneLabel(laneId: string, kindLabels: Readonly<Record<string, string>>, countryNames: ReadonlyMap<string, string>): string {
  return kindLabels[laneId] ?? countryNames.get(laneId) ?? laneId;
}
