// Briefing mode with a clicker, the embed page in a sandboxed iframe, and the single-file build from disk.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './driver';
import { colourShare } from './pixels';
import { DEFAULT_THEME, HIGH_CONTRAST_THEME } from '../../src/map/theme';
import stories from '../../data/stories.json';

const baseUrl = inject('baseUrl');
type StoryJson = { id: string; steps: Array<{ title: string; camera: { lon: number; lat: number; zoom: number }; state: { date: string; selection?: { kind: string; id: string } } }> };
const story = (stories as StoryJson[])[0]!;

describe('briefing mode', () => {
  it('steps a story forward and back with PageDown/PageUp; camera, date and selection follow; Escape leaves', async () => {
    const map = await launch(baseUrl, { width: 1920, height: 1080, reducedMotion: true });
    try {
      await map.open(`?mode=briefing&story=${story.id}&step=1`);
      const check = async (index: number): Promise<void> => {
        const step = story.steps[index]!;
        await expect.poll(() => map.stepTitle('projector')).toBe(step.title);
        await expect(map.storyCounter()).resolves.toBe(`${index + 1} / ${story.steps.length}`);
        await map.waitForIdle();
        // The address bar says the step's date and selection; the map shows the step's camera.
        const address = async (): Promise<Array<string | null>> => {
          const params = new URL(await map.currentAddress()).searchParams;
          return [params.get('date'), params.get('sel')];
        };
        await expect.poll(address).toEqual([step.state.date, step.state.selection ? `${step.state.selection.kind}:${step.state.selection.id}` : null]);
        const camera = await map.mapCamera();
        expect(camera.lon).toBeCloseTo(step.camera.lon, 1);
        expect(camera.lat).toBeCloseTo(step.camera.lat, 1);
        expect(camera.zoom).toBeCloseTo(step.camera.zoom, 1);
      };
      await check(0);
      await map.pressKeys('PageDown');
      await check(1);
      await map.pressKeys('ArrowRight');
      await check(Math.min(2, story.steps.length - 1));
      await map.pressKeys('PageUp');
      await check(1);
      await map.pressKeys('Home');
      await check(0);
      expect((await map.measureWindow('projector')).bodyPx).toBeGreaterThanOrEqual(28);
      await map.screenshot('test-results/briefing-1920x1080.png');
      await map.pressKeys('Escape'); // clears the selection first
      await map.pressKeys('Escape');
      // Back to exploring: the timeline is there again, and the address no longer says briefing.
      await expect.poll(() => map.partShown('Timeline')).toBe(true);
      await expect.poll(async () => new URL(await map.currentAddress()).searchParams.get('mode')).toBeNull();
      expect(map.foreignRequests).toEqual([]);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ] as const) {
    it(`keeps every element inside the viewport at ${width}x${height}`, async () => {
      const map = await launch(baseUrl, { width, height, reducedMotion: true });
      try {
        await map.open(`?mode=briefing&story=${story.id}&step=2`);
        expect(await map.elementsOutside({})).toEqual([]);
      } finally {
        await map.close();
      }
    });
  }
});

describe('briefing mode: the legend and the map frame', () => {
  it("the open legend hides none of a step's routes on the SVG map either (no WebGL)", async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true, webgl: false });
    try {
      await map.openSimplified('?mode=briefing&story=crisis-2015-routes&step=1');
      const route = await map.colourUnderLegend(HIGH_CONTRAST_THEME.route);
      console.log(`briefing 1280x800 SVG map: route pixels drawn ${route.drawn}, under the legend ${route.underLegend}`);
      expect(route.drawn).toBeGreaterThan(3000);
      expect(route.underLegend).toBeLessThan(route.drawn * 0.01);
    } finally {
      await map.close();
    }
  });
  for (const lang of ['en', 'ar'] as const) {
    it(`the open legend hides none of a step's routes at 1280x800 (${lang}): its strip is out of the frame`, async () => {
      const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
      try {
        await map.open(`?mode=briefing&lang=${lang}&story=crisis-2015-routes&step=1`);
        const route = await map.colourUnderLegend(HIGH_CONTRAST_THEME.route);
        console.log(`briefing 1280x800 ${lang}: route pixels drawn ${route.drawn}, under the legend ${route.underLegend}`);
        expect(route.drawn).toBeGreaterThan(3000);
        expect(route.underLegend).toBeLessThan(route.drawn * 0.01);
      } finally {
        await map.close();
      }
    });
  }
});

describe('embed mode', () => {
  it('renders inside a sandboxed iframe of a host page, answers a postMessage and opens a comparison on command', async () => {
    const map = await launch(baseUrl, { width: 900, height: 600 });
    try {
      const host = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
        <iframe id="embed" title="Migration map" src="/embed.html?date=2015-09" width="480" height="320" sandbox="allow-scripts allow-popups"></iframe>
        <script>
          window.received = [];
          window.addEventListener('message', (e) => window.received.push(e.data));
        </script></body></html>`;
      await map.openHostPage(host);
      await map.waitForHostMessage({ type: 'ready' }, 30_000);
      await expect.poll(() => map.embeddedMapCount(), { timeout: 20_000 }).toBe(1);
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '2016-03', selection: { kind: 'country', id: 'TR' } });
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'unknown-thing', payload: '<img src=x onerror=alert(1)>' });
      await map.waitForHostMessage({ type: 'view', date: '2016-03' }, 10_000);
      expect(await map.hostReceived()).toContainEqual({ namespace: 'eu-migration-map', type: 'selection', selection: { kind: 'country', id: 'TR' } });
      await expect.poll(() => map.embedCardTitle()).toBe('Türkiye');
      expect(await map.embedDate()).toBe('March 2016');
      await expect(map.fullMapAddress()).resolves.toMatch(/sel=country%3ATR/);
      await map.resize(520, 360);
      await map.screenshotEmbed('test-results/embed-480x320.png');
      // The host opens a comparison, as the link's compare=A,B does: two maps, labelled with their months.
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', compare: { a: '2015-09', b: '2024-06' } });
      await expect.poll(() => map.embeddedMapCount(), { timeout: 20_000 }).toBe(2);
      await expect.poll(async () => (await map.embedComparisonLabels())[1], { timeout: 20_000 }).toBe('B · June 2024');
      const views = async (): Promise<unknown[]> => (await map.hostReceived()).filter((m) => m.type === 'view').map((m) => m['compare']);
      await expect.poll(views).toContainEqual({ a: '2015-09', b: '2024-06' });
      await map.screenshotEmbed('test-results/embed-compare-520x360.png');
      // Both maps drawn, as a person sees them: sea, land and EU members on screen.
      await expect
        .poll(async () => {
          const pixels = await map.mapRegionPixels();
          return [DEFAULT_THEME.sea, DEFAULT_THEME.land, DEFAULT_THEME.eu].map((hex) => colourShare(pixels, hex, 8) > 0.03);
        }, { timeout: 20_000 })
        .toEqual([true, true, true]);
      // And closes it: one map again.
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', compare: null });
      await expect.poll(() => map.embeddedMapCount(), { timeout: 20_000 }).toBe(1);
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  });
});

describe('single-file build', () => {
  const file = resolve('dist-single/index.html');
  it('opens from disk (file://) and reaches map idle with no network request', async () => {
    expect(existsSync(file), 'run npm run build first').toBe(true);
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script[^>]+src="(?!data:)/);
    const map = await launch('file:///', { width: 1200, height: 700 });
    try {
      await map.open(`file://${file}`);
      const network = map.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u !== `file://${file}`);
      expect(network).toEqual([]);
      const labels = await map.renderedFeatureIds('country-labels', 'name');
      for (const name of ['Algeria', 'Libya', 'Egypt', 'Türkiye']) expect(labels).toContain(name);
      expect((await map.renderedFeatureIds('routes-line')).length).toBeGreaterThan(0);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
