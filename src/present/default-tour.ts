import type { Dataset } from '../data/schema';
import { FOCAL_COUNTRY } from '../derive/focal-country';
import { DEFAULT_STATE, type FilterState } from '../filters/filter-state';
import { serializeState } from '../filters/url-state';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Scene } from './scene';

/** Project scenes a default tour holds at most; a briefing is not a walk through thousands. */
export const MAX_PLEDGE_SCENES = 12;

/**
 * The tour a presenter gets without preparing anything: an overview, then each partner country
 * (all views, narrowed to it), then the specific projects pledged (the first dozen), each with
 * its quote enlarged.
 */
export function defaultTour(dataset: Dataset, language: Language): Scene[] {
  const t = MESSAGES[language];
  const scene = (id: string, name: string, state: Partial<FilterState>): Scene => ({
    id,
    name,
    // Scenes leave the language out: the tour plays in whichever language the presenter uses.
    query: serializeState({ ...DEFAULT_STATE, ...state }),
  });
  const countryNames = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));
  return [
    scene('overview', t.tourOverview, {}),
    ...dataset.countries
      .filter((c) => c.id !== FOCAL_COUNTRY)
      .map((c) => scene(`country-${c.id.toLowerCase()}`, c.name[language], { countries: [c.id] })),
    ...dataset.commitments
      // A pledge scene is an undertaking: a call or a position about a project is not a pledge.
      .filter((c) => c.kind === 'project' && c.statementType === 'undertaking')
      .slice(0, MAX_PLEDGE_SCENES)
      .map((c) =>
        scene(`pledge-${c.id}`, `${t.tourPledge}: ${c.title[language]}`, {
          countries: c.countryIds.filter((id) => id !== FOCAL_COUNTRY && countryNames.has(id)),
          focusedId: c.id,
          spotlight: 'details',
        }),
      ),
  ];
}
