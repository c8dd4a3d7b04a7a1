// Dark colours: axe finds no WCAG 2.1 AA violation, the legend shows the colours the map draws (read from the
// screen), and a host page switches an embed's theme by message.
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch } from './driver';
import { countColour } from './pixels';
import { screenPixels } from './screen';
import { DARK_THEME, DEFAULT_THEME } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the screen shows in the map region. */
async function mapRegionPixels(page: Page): Promise<number[]> {
  const box = await page.locator('#map-region').boundingBox();
  if (!box) throw new Error('no map region');
  return screenPixels(page, box);
}

const share = (pixels: readonly number[], hex: string): number => countColour(pixels, hex, 6) / (pixels.length / 4);

describe('dark theme', { timeout: 150_000 }, () => {
  for (const [name, query] of [
    ['explore with the dossier', '?scheme=dark&sel=country:NE'],
    ['embed with the card', '?mode=embed&scheme=dark&sel=country:TR'],
    ['data table', '?scheme=dark&table=1'],
  ] as const) {
    it(`finds no WCAG 2.1 AA violation in ${name}`, async () => {
      const map = await launch(baseUrl, { width: 1280, height: 800 });
      try {
        await map.open(query);
        expect(await map.page.locator('.app.theme-dark').count()).toBe(1);
        const result = await new AxeBuilder({ page: map.page }).withTags(TAGS).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
        expect(summary).toEqual([]);
        expect(result.passes.length).toBeGreaterThan(10);
        if (name.startsWith('explore')) await map.screenshot('test-results/dark-1280x800.png');
      } finally {
        await map.close();
      }
    });
  }

  it('draws the map in the colours its legend shows, and follows the system with scheme=auto', async () => {
    const map = await launch(baseUrl, { width: 1200, height: 700 });
    try {
      await map.page.emulateMedia({ colorScheme: 'dark' });
      await map.open('?scheme=auto');
      const pixels = await mapRegionPixels(map.page);
      expect(share(pixels, DARK_THEME.sea)).toBeGreaterThan(0.1);
      expect(share(pixels, DARK_THEME.land)).toBeGreaterThan(0.05);
      expect(share(pixels, DEFAULT_THEME.sea)).toBeLessThan(0.005);
      const euSwatch = await map.page.locator('.legend .swatch').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(DARK_THEME.eu.slice(i, i + 2), 16));
      expect(euSwatch).toBe(`rgb(${r}, ${g}, ${b})`);
      expect(share(pixels, DARK_THEME.eu)).toBeGreaterThan(0.01);

      await map.page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => map.page.locator('.app.theme-dark').count()).toBe(0);
      await map.waitForIdle();
      const light = await mapRegionPixels(map.page);
      expect(share(light, DEFAULT_THEME.sea)).toBeGreaterThan(0.1);
      expect(share(light, DARK_THEME.sea)).toBeLessThan(0.005);
    } finally {
      await map.close();
    }
  }, 240_000);

  it('switches an embed to dark and back when the host page says so', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 700 });
    try {
      const host = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
        <iframe id="embed" title="Migration map" src="/embed.html?date=2015-09" width="600" height="400" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
        <script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script></body></html>`;
      await map.page.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: host }));
      await map.page.goto(new URL('host.html', baseUrl).toString());
      await map.page.waitForFunction(() => (window as unknown as { received: Array<{ type?: string }> }).received.some((m) => m.type === 'ready'), null, { timeout: 40_000 });
      const frame = map.page.frameLocator('#embed');
      const sea = (): Promise<unknown> =>
        map.page.frames()[1]!.evaluate(() => (window as unknown as { __map: { getPaintProperty(l: string, p: string): unknown } }).__map.getPaintProperty('sea', 'background-color'));
      const post = (theme: string): Promise<void> =>
        map.page.evaluate((t) => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'set-theme', theme: t }, '*'), theme);
      await expect.poll(sea, { timeout: 20_000 }).toBe(DEFAULT_THEME.sea);
      await expect.poll(() => map.page.frames()[1]!.evaluate(() => (window as unknown as { __map: { loaded(): boolean } }).__map.loaded()), { timeout: 30_000 }).toBe(true);
      await post('dark');
      await expect.poll(() => frame.locator('.app.theme-dark').count()).toBe(1);
      await expect.poll(sea).toBe(DARK_THEME.sea);
      await post('light');
      await expect.poll(() => frame.locator('.app.theme-dark').count()).toBe(0);
      await expect.poll(sea).toBe(DEFAULT_THEME.sea);
    } finally {
      await map.close();
    }
  });
});
