// EU membership at a date and the legend against the map, on the screen in both renderers: a person drags the
// timeline and the member fill follows the dated records (Poland from May 2004, United Kingdom to January 2020,
// Croatia from July 2013, Bulgaria and Romania from 2007), and each legend swatch shows the colour the map paints for
// its category in explore, high-contrast and briefing views.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { colourDistance, type Rgb } from './colours';
import { loadBasemap } from '../../src/map/basemap-data';

const baseUrl = inject('baseUrl');
const basemap = loadBasemap();

/** Interior points away from borders, as lon/lat. */
const POINT: Record<string, [number, number]> = {
  GB: [-1.6, 52.6],
  FR: [2.4, 46.8],
  HR: [17.0, 45.55],
  SI: [14.8, 46.1],
  BG: [25.2, 42.8],
  RO: [25.0, 45.9],
  HU: [19.2, 47.1],
  PL: [19.4, 52.1],
  DE: [10.4, 51.1],
};
const CAMERA = 'cam=12,48,4';
/** Two colours "the same fill" on the screen, and clearly different fills. */
const SAME = 10;
const DIFFERENT = 30;

type Renderer = 'webgl' | 'svg';

interface Screen {
  map: MapDriver;
  renderer: Renderer;
}

async function colourAt(screen: Screen, iso2: string): Promise<Rgb> {
  const [lon, lat] = POINT[iso2]!;
  return screen.map.screenColour(await screen.map.pointOnMap(lon, lat));
}

async function open(renderer: Renderer, query: string): Promise<Screen> {
  const map = await launch(baseUrl, { width: 1600, height: 900, ...(renderer === 'svg' ? { webgl: false } : {}) });
  const screen = { map, renderer };
  if (renderer === 'webgl') await map.open(`?${query}`);
  else await map.openSimplified(`?${query}&renderer=svg`);
  // Labels drawn over the fills would sway a sampled colour: hidden for the colour checks.
  await map.hideCountryLabels();
  await map.settle();
  return screen;
}

for (const renderer of ['webgl', 'svg'] as const) {
  describe(`EU membership by date (${renderer})`, () => {
    let screen: Screen;
    beforeAll(async () => {
      screen = await open(renderer, `date=2015-09&layers=none&${CAMERA}`);
    });
    afterAll(async () => {
      await screen?.map.close();
    });

    const at = async (month: string): Promise<{ members: string[]; colour: (iso2: string) => Promise<Rgb> }> => {
      await screen.map.dragTimelineTo(month);
      await screen.map.settle();
      return { members: await screen.map.countriesDrawnAsMembers(), colour: (iso2) => colourAt(screen, iso2) };
    };

    it('fills the United Kingdom like France in 2015-09 and not in 2021-01', async () => {
      const y2015 = await at('2015-09');
      expect(y2015.members).toContain('GB');
      expect(y2015.members).toContain('FR');
      expect(colourDistance(await y2015.colour('GB'), await y2015.colour('FR'))).toBeLessThanOrEqual(SAME);
      await expect(screen.map.legendText('eu')).resolves.toContain('(28)');
      const y2021 = await at('2021-01');
      await expect(screen.map.legendText('eu')).resolves.toContain('(27)');
      expect(y2021.members).not.toContain('GB');
      expect(y2021.members).toContain('FR');
      expect(colourDistance(await y2021.colour('GB'), await y2021.colour('FR'))).toBeGreaterThan(DIFFERENT);
    });

    it('fills Poland like Germany from 2004-05 (the enlargement of 1 May 2004), not in 2004-04', async () => {
      const before = await at('2004-04');
      await expect(screen.map.timelineDate()).resolves.toBe('April 2004');
      expect(before.members).toContain('DE');
      expect(before.members).not.toContain('PL');
      await expect(screen.map.legendText('eu')).resolves.toContain('(15)');
      expect(colourDistance(await before.colour('PL'), await before.colour('DE'))).toBeGreaterThan(DIFFERENT);
      const after = await at('2004-05');
      expect(after.members).toContain('PL');
      await expect(screen.map.legendText('eu')).resolves.toContain('(25)');
      expect(colourDistance(await after.colour('PL'), await after.colour('DE'))).toBeLessThanOrEqual(SAME);
    });

    it('fills Croatia unlike Slovenia in 2005-01 and like it in 2014-01', async () => {
      const y2005 = await at('2005-01');
      expect(y2005.members).toContain('SI');
      expect(y2005.members).not.toContain('HR');
      expect(colourDistance(await y2005.colour('HR'), await y2005.colour('SI'))).toBeGreaterThan(DIFFERENT);
      const y2014 = await at('2014-01');
      expect(y2014.members).toContain('HR');
      expect(colourDistance(await y2014.colour('HR'), await y2014.colour('SI'))).toBeLessThanOrEqual(SAME);
    });

    it('fills Bulgaria and Romania as members from 2007-01, not in 2006-12', async () => {
      const y2006 = await at('2006-12');
      for (const iso2 of ['BG', 'RO']) {
        expect(y2006.members).not.toContain(iso2);
        expect(colourDistance(await y2006.colour(iso2), await y2006.colour('HU'))).toBeGreaterThan(DIFFERENT);
      }
      const y2007 = await at('2007-01');
      for (const iso2 of ['BG', 'RO']) {
        expect(y2007.members).toContain(iso2);
        expect(colourDistance(await y2007.colour(iso2), await y2007.colour('HU'))).toBeLessThanOrEqual(SAME);
      }
    });
  });

  describe(`the legend shows what the map paints (${renderer})`, () => {
    let screen: Screen;
    beforeAll(async () => {
      screen = await open(renderer, `date=2015-09&layers=partners&${CAMERA}`);
    });
    afterAll(async () => {
      await screen?.map.close();
    });

    /** For each partner category in the legend: one partner of it whose label point is on the map, away from the panels. */
    async function partnerSamples(): Promise<Array<{ category: string; iso2: string; at: { x: number; y: number } }>> {
      const partners = await screen.map.legendEntries('partners-');
      const box = await screen.map.mapBox();
      const legend = await screen.map.legendBox();
      if (!box || !legend) throw new Error('no map or legend box');
      const categoryOf = new Map<string, string>();
      for (const { iso2, category } of await screen.map.partnersDrawn()) categoryOf.set(iso2, category);
      const labels = [...basemap.labels.features].sort((a, b) => b.properties.area_km2 - a.properties.area_km2);
      const out: Array<{ category: string; iso2: string; at: { x: number; y: number } }> = [];
      for (const category of partners) {
        for (const label of labels) {
          if (categoryOf.get(label.properties.iso2) !== category) continue;
          const [lon, lat] = label.geometry.coordinates as [number, number];
          const at = await screen.map.pointOnMap(lon, lat);
          const inside = at.x > box.x + 20 && at.x < box.x + box.width - 20 && at.y > box.y + 20 && at.y < box.y + box.height - 20;
          const underLegend = at.x < legend.x + legend.width + 10 && at.y < legend.y + legend.height + 10;
          if (inside && !underLegend) {
            out.push({ category, iso2: label.properties.iso2, at });
            break;
          }
        }
      }
      return out;
    }

    for (const view of ['explore', 'high-contrast', 'briefing'] as const) {
      it(`in the ${view} view: the EU swatch is France's colour, each partner swatch its partner's, each funding line its arcs'`, async () => {
        await screen.map.givenHighContrast(view === 'high-contrast');
        await screen.map.givenMode(view === 'briefing' ? 'briefing' : 'explore');
        await screen.map.settle();
        expect(colourDistance(await screen.map.legendSwatch('eu'), await colourAt(screen, 'FR'))).toBeLessThanOrEqual(SAME);
        const samples = await partnerSamples();
        expect(samples.length).toBeGreaterThanOrEqual(3);
        for (const s of samples) {
          const painted = await screen.map.screenColour(s.at);
          const swatch = await screen.map.legendSwatch(`partners-${s.category}`);
          expect(colourDistance(swatch, painted), `${view} ${s.category} ${s.iso2}: swatch ${swatch} map ${painted}`).toBeLessThanOrEqual(SAME);
        }
        // Lines are thin and cross each other: their swatches are compared with the colour each renderer is told to paint.
        await screen.map.givenOverlay('funding', true);
        await screen.map.settle();
        const kinds = await screen.map.legendEntries('funding-', true);
        expect(kinds.length).toBeGreaterThanOrEqual(3);
        for (const kind of kinds) {
          const painted = await screen.map.fundingArcColour(kind);
          const swatch = await screen.map.legendSwatch(`funding-${kind}`);
          expect(colourDistance(swatch, painted), `${view} funding ${kind}: swatch ${swatch} map ${painted}`).toBeLessThanOrEqual(1);
        }
        await screen.map.givenOverlay('funding', false);
        await screen.map.settle();
      });
    }
  });
}
