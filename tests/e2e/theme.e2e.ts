// Dark colours: axe finds no WCAG 2.1 AA violation, the legend shows the colours the map draws (read from the
// screen), and a host page switches an embed's theme by message.
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import { hexToRgb } from './colours';
import { colourShare } from './pixels';
import { DARK_THEME, DEFAULT_THEME } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const share = (pixels: readonly number[], hex: string): number => colourShare(pixels, hex, 6);

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
        expect(await map.looksDark()).toBe(true);
        const result = await map.axeReport();
        expect(result.violations).toEqual([]);
        expect(result.passes).toBeGreaterThan(10);
        if (name.startsWith('explore')) await map.screenshot('test-results/dark-1280x800.png');
      } finally {
        await map.close();
      }
    });
  }

  it('draws the map in the colours its legend shows, and follows the system with scheme=auto', async () => {
    const map = await launch(baseUrl, { width: 1200, height: 700 });
    try {
      await map.preferColourScheme('dark');
      await map.open('?scheme=auto');
      const pixels = await map.mapRegionPixels();
      expect(share(pixels, DARK_THEME.sea)).toBeGreaterThan(0.1);
      expect(share(pixels, DARK_THEME.land)).toBeGreaterThan(0.05);
      expect(share(pixels, DEFAULT_THEME.sea)).toBeLessThan(0.005);
      expect(await map.looksDark()).toBe(true);
      expect(await map.legendSwatch('eu')).toEqual(hexToRgb(DARK_THEME.eu));
      expect(share(pixels, DARK_THEME.eu)).toBeGreaterThan(0.01);

      await map.preferColourScheme('light');
      await expect.poll(() => map.looksDark()).toBe(false);
      await map.waitForIdle();
      const light = await map.mapRegionPixels();
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
      await map.openHostPage(host);
      await map.waitForHostMessage({ type: 'ready' }, 40_000);
      const sea = (): Promise<unknown> => map.paintProperty('sea', 'background-color');
      const post = (theme: string): Promise<void> => map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-theme', theme });
      await expect.poll(sea, { timeout: 20_000 }).toBe(DEFAULT_THEME.sea);
      await expect.poll(() => map.mapLoaded(), { timeout: 30_000 }).toBe(true);
      expect(await map.looksDark()).toBe(false);
      await post('dark');
      await expect.poll(() => map.looksDark()).toBe(true);
      await expect.poll(sea).toBe(DARK_THEME.sea);
      await post('light');
      await expect.poll(() => map.looksDark()).toBe(false);
      await expect.poll(sea).toBe(DEFAULT_THEME.sea);
    } finally {
      await map.close();
    }
  });
});
