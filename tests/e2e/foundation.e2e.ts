// The foundation in a real browser: the offline map loads, labels draw, a click selects a country.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { differingShare } from './pixels';
import { LAYER } from '../../src/map/ids';
import labelPoints from '../../geodata/labels.json';

const baseUrl = inject('baseUrl');

describe('the offline map at 1200x700', () => {
  let map: MapDriver;
  let firstIdleMs = 0;
  beforeAll(async () => {
    map = await launch(baseUrl);
    const start = Date.now();
    await map.open();
    firstIdleMs = Date.now() - start;
  });
  afterAll(async () => {
    await map.close();
  });

  it('reaches idle with no console error and no request outside its origin', () => {
    expect(firstIdleMs).toBeGreaterThan(0);
    expect(map.consoleErrors).toEqual([]);
    expect(map.foreignRequests).toEqual([]);
    expect(map.requests.length).toBeGreaterThan(0);
  });

  it('draws the map sharp, one canvas pixel per screen pixel, though it started hidden at a quarter of that', async () => {
    const look = await map.lookAtMap();
    expect(look.renderer).toBe('webgl');
    expect(look.sharpness).toBe(1);
    // What a person sees: the same view drawn at the hidden map's quarter resolution, scaled up, has far fewer hard edges.
    await map.drawAtPixelRatio(0.25);
    const blurred = await map.lookAtMap();
    await map.drawAtPixelRatio(1);
    console.log(`hard edges per 100 px: ${look.hardEdges.toFixed(2)} at one canvas pixel per screen pixel, ${blurred.hardEdges.toFixed(2)} at a quarter`);
    expect(look.hardEdges).toBeGreaterThan(1);
    expect(look.hardEdges).toBeGreaterThan(4 * blurred.hardEdges);
  });

  it('draws one label per country from local fonts', async () => {
    const names = await map.renderedFeatureIds(LAYER.countryLabels, 'name');
    expect(names).toContain('Algeria');
    // Italy and Spain are drawn in several polygon parts (islands) but labelled once.
    const all = (await map.renderedFeatureProperties(LAYER.countryLabels, ['name'])).map(([name]) => name);
    expect(all.filter((n) => n === 'Italy')).toHaveLength(1);
    expect(all.filter((n) => n === 'Spain')).toHaveLength(1);
    // Pixels: the region around Algeria's label changes when labels are hidden.
    const algeria = labelPoints.features.find((f) => f.properties.iso2 === 'DZ')!.geometry.coordinates;
    const p = await map.project(algeria[0]!, algeria[1]!);
    const region = { x: p.x - 40, y: p.y - 12, width: 80, height: 24 };
    const withLabels = await map.readMapCanvas(region);
    await map.setLayerVisible(LAYER.countryLabels, false);
    await map.waitForIdle();
    const withoutLabels = await map.readMapCanvas(region);
    await map.setLayerVisible(LAYER.countryLabels, true);
    await map.waitForIdle();
    expect(differingShare(withLabels, withoutLabels)).toBeGreaterThan(0.04);
  });

  it('selects Niger when it is clicked and names it in the panel', async () => {
    await map.clickAt(12.5, 15.5);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    await expect.poll(async () => new URL(await map.currentAddress()).search).toMatch(/sel=country%3ANE|sel=country:NE/);
  });

  it('shows Natural Earth in the attribution', async () => {
    await expect.poll(() => map.attribution()).toContain('Natural Earth');
  });
});

describe('layouts', () => {
  for (const [width, height] of [
    [1920, 1080],
    [375, 667],
  ] as const) {
    it(`fits ${width}x${height} with the map and the panel visible`, async () => {
      const map = await launch(baseUrl, { width, height });
      try {
        await map.open();
        const box = await map.mapBox();
        expect(box?.width).toBeGreaterThan(width * 0.5);
        expect(box?.height).toBeGreaterThan(height * 0.3);
        const overflow = await map.horizontalOverflow();
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(map.partShown('Details')).resolves.toBe(true);
        await map.screenshot(`test-results/foundation-${width}x${height}.png`);
        expect(map.foreignRequests).toEqual([]);
      } finally {
        await map.close();
      }
    });
  }
});
