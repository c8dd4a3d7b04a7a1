// The one check that a look at the map region shows the basemap: used by every spec that opens a view.
import { expect } from 'vitest';
import type { MapLook } from './driver-screen';
import { colourDistance } from './png';
import type { MapTheme } from '../../src/map/theme';

function describeSamples(samples: MapLook['sea']): string {
  return samples.length === 0 ? 'not visible' : samples.map((p) => `${p.colour} at ${p.lonLat.join(',')}`).join(' ');
}

/**
 * The map element fills its region, the sea and the land show their theme colours at one known point at least (a
 * label or a route may cover another), and the picture has more than a handful of colours. Returns how many points
 * showed their colour.
 */
export function expectBasemapVisible(name: string, look: MapLook, theme: MapTheme): { seaSeen: number; landSeen: number } {
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(look.map[side] - look.region[side]), `${name}: map ${side}`).toBeLessThanOrEqual(1);
  expect(look.sea.length, `${name}: no known sea point on screen`).toBeGreaterThan(0);
  expect(look.land.length, `${name}: no known land point on screen`).toBeGreaterThan(0);
  const seaSeen = look.sea.filter((p) => colourDistance(p.colour, theme.sea) <= 12).length;
  const landSeen = look.land.filter((p) => Math.min(colourDistance(p.colour, theme.eu), colourDistance(p.colour, theme.land)) <= 12 && colourDistance(p.colour, theme.sea) > 8).length;
  expect(seaSeen, `${name}: sea points ${describeSamples(look.sea)}, theme sea ${theme.sea}`).toBeGreaterThan(0);
  expect(landSeen, `${name}: land points ${describeSamples(look.land)}, theme ${theme.eu} / ${theme.land}`).toBeGreaterThan(0);
  expect(look.colours, `${name}: colours`).toBeGreaterThan(24);
  return { seaSeen, landSeen };
}
