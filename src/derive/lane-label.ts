import type { TimelineLanes } from '../filters/filter-state';
import type { Messages } from '../i18n/messages';

/** A timeline lane's name: a subject, a statement type, a strength, or else the country's name. */
export function laneLabel(laneId: string, lanes: TimelineLanes, t: Pick<Messages, 'kindsShort' | 'statementTypes' | 'strengthsShort'>, countryNames: ReadonlyMap<string, string>): string {
  const labels: Readonly<Record<string, string>> = lanes === 'kind' ? t.kindsShort : lanes === 'type' ? t.statementTypes : lanes === 'strength' ? t.strengthsShort : {};
  return labels[laneId] ?? countryNames.get(laneId) ?? laneId;
}
