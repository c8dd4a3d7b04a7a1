// The map's features for keyboard moves: what is listed at a date with the filters, routes' countries in travel
// order with their figures, the nearest feature in a direction, and what the live region says.
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { countryFacts, mapFeaturesAt, nearestInDirection, nearestTo, routeStops, type MapContent } from '../../src/selectors/map-features';
import { defaultState } from '../../src/state/defaults';
import type { AppState } from '../../src/state/types';
import { focusText } from '../../src/ui/map-keys/announce';

const model = loadDataset();
const views = createViewSelectors(model);
const state = (patch: (s: AppState) => void = () => undefined): AppState => {
  const s = defaultState();
  patch(s);
  return s;
};
const contentAt = (s: AppState): MapContent => ({ overlays: s.view.overlays, routes: views.routes(s), partners: views.partners(s), missions: views.missions(s), funding: views.fundingDrawn(s) });
// Every country at lon/lat 0/0 is enough for listing; positions matter only for the direction tests.
const places = { country: (): Position => [0, 0], fundingLine: () => ({ type: 'LineString' as const, coordinates: [[0, 0], [1, 1]] }) };

describe('features the map shows', () => {
  it('lists Niger, the Central Mediterranean route and EUCAP Sahel Niger in September 2015', () => {
    const ids = mapFeaturesAt(contentAt(state()), places).map((f) => `${f.kind}:${f.id}`);
    expect(ids).toContain('country:NE');
    expect(ids).toContain('route:central-mediterranean');
    expect(ids).toContain('mission:eucap-sahel-niger');
    expect(ids.some((id) => id.startsWith('funding:'))).toBe(true);
  });

  it('drops a layer switched off: no route and no route-only country without the routes layer', () => {
    const s = state((x) => {
      x.view.overlays = { ...x.view.overlays, routes: false };
    });
    const ids = mapFeaturesAt(contentAt(s), places).map((f) => `${f.kind}:${f.id}`);
    expect(ids.filter((id) => id.startsWith('route:'))).toEqual([]);
    expect(countryFacts(contentAt(s), 'NE').routes).toEqual([]);
  });

  it('follows the filters: a route filter keeps only that route', () => {
    const s = state((x) => {
      x.filters = { ...x.filters, routes: ['central-mediterranean'] };
    });
    expect(mapFeaturesAt(contentAt(s), places).filter((f) => f.kind === 'route').map((f) => f.id)).toEqual(['central-mediterranean']);
  });
});

describe('a route in travel order', () => {
  it('walks the Central Mediterranean route from its origins through Libya to Italy', () => {
    const route = model.routes.get('central-mediterranean')!;
    const stops = routeStops(model, route, '2015-09');
    expect(stops.map((s) => `${s.iso2}:${s.role}`)).toEqual(['ER:origin', 'SO:origin', 'SY:origin', 'LY:transit', 'IT:destination']);
    expect(stops[0]!.share?.percent).toBe(20);
    expect(stops[4]!.count?.value).toBe(106290);
  });

  it('gives no figure when the documents have none at the date', () => {
    const stops = routeStops(model, model.routes.get('central-mediterranean')!, '2020-01');
    expect(stops.every((s) => !s.share && !s.count)).toBe(true);
  });

  it('orders transit countries as the waypoints pass them (Niger before Libya on the Sahel route)', () => {
    expect(routeStops(model, model.routes.get('sahel-libya')!, '2015-09').map((s) => s.iso2)).toEqual(['NG', 'NE', 'LY', 'IT']);
  });
});

describe('the nearest feature in a direction', () => {
  const at = (x: number, y: number, id: string) => ({ x, y, id });
  const candidates = [at(100, 0, 'east'), at(60, 50, 'south-east'), at(-80, 5, 'west'), at(0, -40, 'north'), at(0, 0, 'self')];

  it('prefers a feature straight ahead to a nearer one off to the side', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'right')?.id).toBe('east');
  });

  it('reads screen directions with y growing downwards, and skips the start itself', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'up')?.id).toBe('north');
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'down')?.id).toBe('south-east');
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'left')?.id).toBe('west');
  });

  it('finds nothing where nothing lies within 60 degrees of the direction', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, [at(10, 100, 'far-below')], 'right')).toBeUndefined();
    expect(nearestTo({ x: 0, y: 0 }, [at(10, 100, 'a'), at(3, 4, 'b')])?.id).toBe('b');
  });
});

describe('what the live region says', () => {
  it('says Niger is a transit country on the Sahel route with the EUCAP Sahel Niger mission', () => {
    const text = focusText('en', model, contentAt(state()), '2015-09', { kind: 'country', id: 'NE' });
    expect(text).toMatch(/^Niger, /);
    expect(text).toContain('transit country on the Sahel route to Libya (via Niger and Agadez)');
    expect(text).toContain('EUCAP Sahel Niger (CSDP civilian mission)');
  });

  it('says each stop of a route with its place in the order and its figure at the date', () => {
    const content = contentAt(state());
    const stop = (n: number, country: string) => focusText('en', model, content, '2015-09', { kind: 'route', id: 'central-mediterranean', stop: n, country });
    expect(stop(0, 'ER')).toBe('Eritrea, country of origin, stop 1 of 5, approximately 20% of the people on the route, January 2015 to September 2015');
    expect(stop(4, 'IT')).toBe('Italy, destination, stop 5 of 5, 106,290 crossings, January 2015 to August 2015');
  });

  it('speaks the UI language', () => {
    const text = focusText('fr', model, contentAt(state()), '2015-09', { kind: 'country', id: 'NE' });
    expect(text).toContain('pays de transit');
    expect(focusText('de', model, contentAt(state()), '2015-09', { kind: 'route', id: 'central-mediterranean', stop: 3, country: 'LY' })).toBe('Libyen, Transitland, Station 4 von 5');
  });
});
