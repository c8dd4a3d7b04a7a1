// The embed in a host page: the host's height script sizes the iframe from the map's height messages at three
// widths, the page scrolls past the map with the wheel, "Open the full map" opens a page whose share link keeps the
// host, and an origin allow-list keeps other pages out.
import { describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { embedCode, HEIGHT_SCRIPT } from '../../src/embed/snippets';
import { wantedHeight } from '../../src/embed/height';
import { MAX_HEIGHT } from '../../src/embed/height';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

function hostPage(iframes: string): string {
  return `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
    <h1>A host article</h1>
    ${iframes}
    <div id="after" style="height:2000px">The article goes on.</div>
    <script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>
    ${HEIGHT_SCRIPT}
  </body></html>`;
}

const heights = async (map: MapDriver): Promise<number[]> => (await map.hostReceived()).filter((m) => m.type === 'height').map((m) => m.height ?? -1);
const mapZoom = async (map: MapDriver): Promise<number> => (await map.mapCamera()).zoom;

// Generous timeouts: each test loads the embed in a host page, in software WebGL.
describe('embed in a host page', { timeout: 150_000 }, () => {
  it('sizes the iframe from the height messages at three widths, and to the dossier when it opens', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800 });
    try {
      await map.openHostPage(hostPage(embedCode(`/embed.html?date=2015-09&origins=${encodeURIComponent(origin)}`, 'Migration map').replace('<iframe ', '<iframe id="embed" ')));
      await map.waitForEmbeddedMap();
      const sizes: number[] = [];
      for (const width of [1280, 768, 400]) {
        await map.resize(width, 800);
        const box = await map.embedBox();
        const expected = wantedHeight(Math.round(box.width), null);
        await expect.poll(async () => (await map.embedBox()).height, { timeout: 30_000 }).toBeCloseTo(expected, 0);
        expect((await heights(map)).at(-1)).toBe(expected);
        sizes.push(expected);
      }
      // Three widths, three heights: the map keeps its shape instead of a fixed 560 px.
      expect(new Set(sizes).size).toBe(3);

      // The dossier card at the narrowest width asks for room for all of its content.
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', selection: { kind: 'country', id: 'NE' } });
      await expect.poll(() => map.embedCardTitle(), { timeout: 10_000 }).toBe('Niger');
      await expect.poll(async () => (await heights(map)).at(-1), { timeout: 10_000 }).toBeGreaterThan(sizes[2]!);
      await expect.poll(async () => (await map.embedBox()).height, { timeout: 10_000 }).toBe((await heights(map)).at(-1));
      const card = await map.embedCardHeights();
      // All of it fits, unless the card asked for the most an embed may ask (MAX_HEIGHT): then it scrolls inside.
      if ((await heights(map)).at(-1)! < MAX_HEIGHT) expect(card.scroll).toBeLessThanOrEqual(card.client + 1);
      else expect(card.client).toBeGreaterThan(MAX_HEIGHT / 2);
      await map.screenshotEmbed('test-results/embed-host-400.png');
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  });

  // On the main page in embed mode: in embed.html the map box is 0 px tall until the single-file stylesheet order is
  // fixed (issue 12), so no wheel would reach the map there and the test would prove nothing.
  it('scrolls the host page with the wheel over the map without zooming it; Ctrl + wheel zooms', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 700 });
    try {
      // Not sandboxed: the multi-file build's module scripts do not load in a frame with an opaque origin.
      await map.openHostPage(hostPage('<iframe id="embed" title="Migration map" src="/?mode=embed&date=2015-09" style="border:0;width:100%;height:560px"></iframe>'));
      await map.waitForEmbeddedMap();
      const zoomBefore = await mapZoom(map);
      await map.wheelOverEmbeddedMap(400);
      await expect.poll(() => map.hostScrollY(), { timeout: 20_000 }).toBeGreaterThan(100);
      await map.pause(400);
      expect(await mapZoom(map)).toBe(zoomBefore);
      await expect(map.mapGestureHint()).resolves.toBe('Use Ctrl + scroll to zoom the map');
      await map.scrollHostTo(0);
      await map.wheelOverEmbeddedMap(-400, true);
      await expect.poll(() => mapZoom(map), { timeout: 5_000 }).toBeGreaterThan(zoomBefore);
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('opens the full map from the embed as a page of its own origin, whose share link keeps the host and the view', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 800 });
    try {
      await map.openHostPage(hostPage(embedCode('/embed.html?date=2016-03&sel=country:TR', 'Migration map').replace('<iframe ', '<iframe id="embed" ')));
      await map.waitForEmbeddedMap();
      const fullMap = await map.openFullMapAndShare();
      expect(fullMap.origin).toBe(origin);
      const link = fullMap.link;
      expect(link.startsWith(`${origin}/?`)).toBe(true);
      const params = new URL(link).searchParams;
      expect(params.get('date')).toBe('2016-03');
      expect(params.get('sel')).toBe('country:TR');
      expect(params.get('mode')).toBeNull();
      const embedSnippet = fullMap.embed;
      expect(embedSnippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
      expect(embedSnippet).toContain(`src="${origin}/embed.html?`);
    } finally {
      await map.close();
    }
  });

  it('ignores messages from a host its origin list does not name, and sends it nothing', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 800 });
    try {
      await map.openHostPage(hostPage(`<iframe id="embed" title="Migration map" src="/embed.html?date=2015-09&origins=https%3A%2F%2Fnews.example" width="600" height="400" sandbox="allow-scripts allow-popups"></iframe>`));
      await map.waitForEmbeddedMap();
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '2016-03' });
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'get-view' });
      await map.pause(1_000);
      // The embed still shows September 2015, and its full map would open there.
      expect(await map.embedDate()).toBe('September 2015');
      expect(new URL(await map.fullMapAddress(), origin).searchParams.get('date')).toBe('2015-09');
      expect(await map.hostReceived()).toEqual([]);
      // Without the list the same page gets its answers (so the silence above is the list's doing).
      await map.setEmbedAddress('/embed.html?date=2015-09');
      await map.waitForHostMessage({ type: 'ready' }, 40_000);
    } finally {
      await map.close();
    }
  });
});
