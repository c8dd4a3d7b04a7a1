// Which ids a link may name: records of the model, countries of the basemap, bundled stories (state/url.ts checks links against it).
import type { Model } from '../data/model';
import type { KnownIds } from '../state/url';
import type { CountryPlaces } from './places';

export function knownIds(model: Model, places: CountryPlaces, storyIds: readonly string[]): KnownIds {
  const countryPoints = places.points;
  const geometries = places.geometries;
  const stories = new Set(storyIds);
  return {
    has(kind, id) {
      switch (kind) {
        case 'country':
          return model.countries.has(id) || countryPoints.has(id) || geometries.has(id);
        case 'route':
        case 'routes':
          return model.routes.has(id);
        case 'mission':
          return model.missions.has(id);
        case 'funding':
          return model.funding.has(id);
        case 'themes':
          return model.themes.has(id);
        case 'instruments':
          return model.instruments.has(id);
        case 'organisations':
          return model.organisations.has(id);
        case 'agreementTypes':
          return model.dataset.agreements.some((a) => a.type === id);
        case 'groups':
          return model.dataset.countries.some((c) => c.groups.some((g) => g.group === id));
        case 'story':
          return stories.has(id);
        default:
          return false;
      }
    },
  };
}
