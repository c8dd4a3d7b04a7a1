// The embed in a host page: the host's height script sizes the iframe from the map's height messages at three
// widths, the page scrolls past the map with the wheel, "Open the full map" opens a page whose share link keeps the
// host, and an origin allow-list keeps other pages out.
import { describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch } from './driver';
import { embedCode, HEIGHT_SCRIPT } from '../../src/embed/snippets';
import { wantedHeight } from '../../src/embed/height';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
type Received = Array<{ type?: string; height?: number; date?: string }>;

function hostPage(iframes: string): string {
  return `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
    <h1>A host article</h1>
    ${iframes}
    <div id="after" style="height:2000px">The article goes on.</div>
    <script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>
    ${HEIGHT_SCRIPT}
  </body></html>`;
}

async function serveHost(page: Page, body: string): Promise<void> {
  await page.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  await page.goto(new URL('host.html', baseUrl).toString());
}

async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForFunction(() => Boolean((window as unknown as { __map?: unknown }).__map), null, { timeout: 40_000 });
  await frame.waitForFunction(() => new Promise<boolean>((resolve) => {
    const map = (window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
    map.once('idle', () => resolve(true));
    map.triggerRepaint();
  }), null, { timeout: 40_000 });
  return frame;
}

const heights = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { received: Received }).received.filter((m) => m.type === 'height').map((m) => m.height ?? -1));
const frameBox = async (page: Page): Promise<{ width: number; height: number }> => {
  const box = await page.locator('#embed').boundingBox();
  if (!box) throw new Error('no iframe box');
  return box;
};
const mapZoom = (frame: Frame): Promise<number> => frame.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());

// Generous timeouts: each test loads the embed (software WebGL) in a host page.
describe('embed in a host page', { timeout: 150_000 }, () => {
  it('sizes the iframe from the height messages at three widths, and to the dossier when it opens', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800 });
    try {
      await serveHost(map.page, hostPage(embedCode(`/embed.html?date=2015-09&origins=${encodeURIComponent(origin)}`, 'Migration map').replace('<iframe ', '<iframe id="embed" ')));
      const frame = await embedFrame(map.page, '#embed');
      const sizes: number[] = [];
      for (const width of [1280, 768, 400]) {
        await map.page.setViewportSize({ width, height: 800 });
        const box = await frameBox(map.page);
        const expected = wantedHeight(Math.round(box.width), null);
        await expect.poll(async () => (await frameBox(map.page)).height, { timeout: 30_000 }).toBeCloseTo(expected, 0);
        expect((await heights(map.page)).at(-1)).toBe(expected);
        sizes.push(expected);
      }
      // Three widths, three heights: the map keeps its shape instead of a fixed 560 px.
      expect(new Set(sizes).size).toBe(3);

      // The dossier card at the narrowest width asks for room for all of its content.
      await map.page.evaluate(() => {
        const iframe = document.getElementById('embed') as HTMLIFrameElement;
        iframe.contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'set-view', selection: { kind: 'country', id: 'NE' } }, '*');
      });
      await frame.locator('.embed-card h2').waitFor();
      await expect.poll(async () => (await heights(map.page)).at(-1), { timeout: 10_000 }).toBeGreaterThan(sizes[2]!);
      await expect.poll(async () => (await frameBox(map.page)).height, { timeout: 10_000 }).toBe((await heights(map.page)).at(-1));
      const card = await frame.locator('.embed-card').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(card.scroll).toBeLessThanOrEqual(card.client + 1);
      await map.page.locator('#embed').screenshot({ path: 'test-results/embed-host-400.png' });
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
      await serveHost(map.page, hostPage('<iframe id="embed" title="Migration map" src="/?mode=embed&date=2015-09" style="border:0;width:100%;height:560px"></iframe>'));
      const frame = await embedFrame(map.page, '#embed');
      const zoomBefore = await mapZoom(frame);
      // Over the map's canvas (frame locators give page coordinates).
      const canvas = frame.locator('.maplibregl-canvas');
      const box = await canvas.boundingBox();
      await map.page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 200));
      await map.page.mouse.wheel(0, 400);
      await expect.poll(() => map.page.evaluate(() => window.scrollY), { timeout: 20_000 }).toBeGreaterThan(100);
      await map.page.waitForTimeout(400);
      expect(await mapZoom(frame)).toBe(zoomBefore);
      await expect(frame.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').textContent()).resolves.toBe('Use Ctrl + scroll to zoom the map');
      await map.page.evaluate(() => window.scrollTo(0, 0));
      await map.page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 200));
      await map.page.keyboard.down('Control');
      await map.page.mouse.wheel(0, -400);
      await map.page.keyboard.up('Control');
      await expect.poll(() => mapZoom(frame), { timeout: 5_000 }).toBeGreaterThan(zoomBefore);
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('opens the full map from the embed as a page of its own origin, whose share link keeps the host and the view', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 800 });
    try {
      await serveHost(map.page, hostPage(embedCode('/embed.html?date=2016-03&sel=country:TR', 'Migration map').replace('<iframe ', '<iframe id="embed" ')));
      const frame = await embedFrame(map.page, '#embed');
      const [popup] = await Promise.all([map.context.waitForEvent('page'), frame.locator('.embed-open').click()]);
      await popup.waitForLoadState();
      expect(await popup.evaluate(() => self.origin)).toBe(origin);
      await popup.getByRole('button', { name: /Share/ }).click();
      const link = await popup.locator('#share-link').inputValue();
      expect(link.startsWith(`${origin}/?`)).toBe(true);
      const params = new URL(link).searchParams;
      expect(params.get('date')).toBe('2016-03');
      expect(params.get('sel')).toBe('country:TR');
      expect(params.get('mode')).toBeNull();
      const embedSnippet = await popup.locator('#share-embed').inputValue();
      expect(embedSnippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
      expect(embedSnippet).toContain(`src="${origin}/embed.html?`);
    } finally {
      await map.close();
    }
  });

  it('ignores messages from a host its origin list does not name, and sends it nothing', async () => {
    const map = await launch(baseUrl, { width: 1000, height: 800 });
    try {
      await serveHost(map.page, hostPage(`<iframe id="embed" title="Migration map" src="/embed.html?date=2015-09&origins=https%3A%2F%2Fnews.example" width="600" height="400" sandbox="allow-scripts allow-popups"></iframe>`));
      const frame = await embedFrame(map.page, '#embed');
      await map.page.evaluate(() => {
        const iframe = document.getElementById('embed') as HTMLIFrameElement;
        iframe.contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'set-view', date: '2016-03' }, '*');
        iframe.contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'get-view' }, '*');
      });
      await map.page.waitForTimeout(1_000);
      const date = await frame.evaluate(() => (window as unknown as { __store: { getState(): { time: { date: string } } } }).__store.getState().time.date);
      expect(date).toBe('2015-09');
      expect(await map.page.evaluate(() => (window as unknown as { received: Received }).received)).toEqual([]);
      // Without the list the same page gets its answers (so the silence above is the list's doing).
      await frame.evaluate(() => undefined);
      await map.page.evaluate(() => {
        const iframe = document.getElementById('embed') as HTMLIFrameElement;
        iframe.src = '/embed.html?date=2015-09';
      });
      await map.page.waitForFunction(() => (window as unknown as { received: Received }).received.some((m) => m.type === 'ready'), null, { timeout: 40_000 });
    } finally {
      await map.close();
    }
  });
});
