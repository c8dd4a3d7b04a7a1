// The map by keyboard only, in the WebGL map and in the SVG map: Tab reaches the map, the arrows move a visible
// focus ring to Niger and the live region says what it is, Enter opens its dossier and Escape comes back, Right walks
// the Central Mediterranean route's countries in travel order, `?` lists the keys, "Map as text" focuses a feature,
// and a focused feature the map stops drawing loses the focus, with its ring, and the live region says so.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { heard, keysHelpText, mapAsTextGroups, mapHasKeyboardFocus, mapRegionSemantics, photograph, pressKeys, ringPixelsNear, namesDrawn, tabToAndPress, tabToMap, whereDrawn } from './driver-keys';
import { DEFAULT_THEME } from '../../src/map/theme';
import labelPoints from '../../geodata/labels.json';
import missions from '../../data/missions.json';

const baseUrl = inject('baseUrl');
const SHOTS = '/tmp/keys';
const NIGER = labelPoints.features.find((f) => f.properties.iso2 === 'NE')!.geometry.coordinates as [number, number];
const AGADEZ_OFFICE = missions.find((m) => m.id === 'eucap-sahel-niger-agadez-field-office')!.location;
/** From the middle of the default view (1280x720): Libya, the Sahel route, the Agadez field office, Niger. */
const TO_NIGER = ['ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowRight'];

describe.each([
  ['webgl', ''],
  ['svg', '?renderer=svg'],
] as const)('the map by keyboard (%s)', (renderer, query) => {
  let map: MapDriver;
  let ringBefore = 0;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    map = await launch(baseUrl, { width: 1280, height: 720, webgl: renderer === 'webgl' });
    if (renderer === 'webgl') await map.open(query);
    else await map.openSimplified(query);
    ringBefore = await ringPixelsNear(map, NIGER, DEFAULT_THEME.focusRing);
  });
  afterAll(async () => {
    await map.close();
  });

  it('reaches the map with Tab: one region that says what it is and how its keys work', async () => {
    const presses = await tabToMap(map);
    console.log(`${renderer}: the map is reached after ${presses} presses of Tab`);
    const semantics = await mapRegionSemantics(map);
    expect(semantics.role).toBe('application');
    expect(semantics.roleDescription).toBe('interactive map');
    expect(semantics.description).toMatch(/Arrow keys move between/);
  });

  it('moves with the arrows to Niger and says what it is there', async () => {
    const start = await whereDrawn(map, 'NE');
    const said = await pressKeys(map, ...TO_NIGER);
    console.log(`${renderer}: ${said.map((s) => s.split(',')[0]).join(' > ')}`);
    expect(said[0]).toMatch(/^Libya, transit country on the Central Mediterranean route/);
    expect(said.at(-1)).toMatch(/^Niger, transit country on the Sahel route to Libya \(via Niger and Agadez\), EUCAP Sahel Niger \(CSDP civilian mission\)/);
    // Niger was on screen all along: the map did not move, Niger is drawn where it was.
    expect(await whereDrawn(map, 'NE')).toEqual(start);
  });

  it('draws a focus ring around Niger that was not there before', async () => {
    const ring = await ringPixelsNear(map, NIGER, DEFAULT_THEME.focusRing);
    await photograph(map, `${SHOTS}/focus-niger-${renderer}.png`);
    console.log(`${renderer}: focus-ring pixels around Niger ${ringBefore} before, ${ring} focused`);
    expect(ringBefore).toBeLessThan(30);
    expect(ring).toBeGreaterThan(300);
  });

  it('opens the Niger dossier with Enter, and Escape comes back to the map on Niger', async () => {
    expect(await pressKeys(map, 'Enter')).toEqual(['Selected: Niger']);
    expect(await map.panelTitle()).toBe('Niger');
    expect(await mapHasKeyboardFocus(map)).toBe(false);
    await pressKeys(map, 'Escape');
    expect(await mapHasKeyboardFocus(map)).toBe(true);
    // Right again from Niger is not news: the focus stayed on Niger while the details were read.
    expect(await pressKeys(map, 'ArrowLeft', 'ArrowRight')).toEqual([expect.stringMatching(/^EUCAP Sahel Niger field office/), expect.stringMatching(/^Niger, /)]);
  });

  it('walks the Central Mediterranean route country by country, in travel order, with each figure at the date', async () => {
    const toRoute = await pressKeys(map, 'ArrowUp', 'ArrowUp');
    expect(toRoute.at(-1)).toBe('Central Mediterranean route, route: 106,290 crossings, January 2015 to August 2015. Right walks its countries.');
    const walk = await pressKeys(map, 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    console.log(`${renderer}: ${walk.join(' | ')}`);
    expect(walk).toEqual([
      'Eritrea, country of origin, stop 1 of 5, approximately 20% of the people on the route, January 2015 to September 2015',
      'Somalia, country of origin, stop 2 of 5, approximately 12% of the people on the route, January 2015 to September 2015',
      'Syria, country of origin, stop 3 of 5, approximately 10% of the people on the route, January 2015 to September 2015',
      'Libya, transit country, stop 4 of 5',
      'Italy, destination, stop 5 of 5, 106,290 crossings, January 2015 to August 2015',
      'Last stop of the Central Mediterranean route.',
    ]);
    await photograph(map, `${SHOTS}/route-walk-${renderer}.png`);
    expect(await pressKeys(map, 'Home')).toEqual([expect.stringMatching(/^Eritrea, country of origin, stop 1 of 5/)]);
    expect(await pressKeys(map, 'ArrowLeft')).toEqual([expect.stringMatching(/^Central Mediterranean route, route/)]);
  });

  it('lists its keys with ?, pans with Shift and the arrows, zooms with +', async () => {
    await pressKeys(map, '?');
    expect(await keysHelpText(map)).toMatch(/Shift and the arrow keys: move the map[\s\S]*\+ and -: zoom in and out/);
    await pressKeys(map, 'Escape');
    expect(await keysHelpText(map)).toBe('');
    expect(await mapHasKeyboardFocus(map)).toBe(true);
    // The map moves a step east: what is drawn slides left on screen, by 120 px.
    const before = await whereDrawn(map, 'NE');
    await pressKeys(map, 'Shift+ArrowRight');
    const panned = await whereDrawn(map, 'NE');
    expect(panned.x).toBeCloseTo(before.x - 120, 0);
    expect(panned.y).toBeCloseTo(before.y, 0);
    // One zoom step in: any two countries named before and after are drawn twice as far apart.
    const named = await namesDrawn(map);
    await pressKeys(map, '+');
    const zoomed = await namesDrawn(map);
    const both = [...named.keys()].filter((iso2) => zoomed.has(iso2));
    expect(both.length).toBeGreaterThanOrEqual(2);
    const apart = (places: Map<string, { x: number; y: number }>): number => Math.hypot(places.get(both[0]!)!.x - places.get(both.at(-1)!)!.x, places.get(both[0]!)!.y - places.get(both.at(-1)!)!.y);
    console.log(`${renderer}: zoomed in, ${both[0]} and ${both.at(-1)} are ${apart(zoomed).toFixed(1)} px apart, were ${apart(named).toFixed(1)}`);
    expect(apart(zoomed) / apart(named)).toBeCloseTo(2, 1);
  });

  it('lists the map as text, grouped by layer, and an item puts the map focus on it', async () => {
    await tabToAndPress(map, 'Map as text');
    const groups = await mapAsTextGroups(map);
    await photograph(map, `${SHOTS}/map-as-text-${renderer}.png`);
    expect(groups.map((g) => g.heading.replace(/ \(\d+\)$/, ''))).toEqual(['Countries with data', 'Routes', 'Missions, operations and offices', 'Funding arcs']);
    // Four routes: the documents describe no fifth (the Horn of Africa corridor was removed from the data).
    expect(groups[1]!.items).toBe(4);
    await tabToAndPress(map, /^Niger, /);
    expect(await mapHasKeyboardFocus(map)).toBe(true);
    expect(await heard(map)).toMatch(/^Niger, transit country/);
  });

  it('lets go of a focused mission when its layer is switched off, takes its ring away and says so', async () => {
    expect(await pressKeys(map, 'ArrowLeft')).toEqual([expect.stringMatching(/^EUCAP Sahel Niger field office/)]);
    const ringFocused = await ringPixelsNear(map, [AGADEZ_OFFICE.lon, AGADEZ_OFFICE.lat], DEFAULT_THEME.focusRing, 40);
    await map.setCheckbox(/^Missions and offices$/, false);
    await expect.poll(() => heard(map)).toBe('EUCAP Sahel Niger field office in Agadez is no longer on the map at this date, with these layers and filters.');
    const ringGone = await ringPixelsNear(map, [AGADEZ_OFFICE.lon, AGADEZ_OFFICE.lat], DEFAULT_THEME.focusRing, 40);
    console.log(`${renderer}: focus-ring pixels around the Agadez office ${ringFocused} focused, ${ringGone} once its layer is off`);
    expect(ringFocused).toBeGreaterThan(100);
    expect(ringGone).toBeLessThan(10);
    await map.setCheckbox(/^Missions and offices$/, true);
    // The focus does not come back with the layer: no ring is drawn there until a key moves it.
    await map.settle();
    expect(await ringPixelsNear(map, [AGADEZ_OFFICE.lon, AGADEZ_OFFICE.lat], DEFAULT_THEME.focusRing, 40)).toBeLessThan(10);
  });
});
