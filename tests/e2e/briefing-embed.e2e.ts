// Briefing mode with a clicker, the embed page in a sandboxed iframe, and the single-file build from disk.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './driver';
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
        await expect.poll(() => map.page.locator('#story-step-title').innerText()).toBe(step.title);
        await expect(map.page.getByTestId('story-counter').innerText()).resolves.toBe(`${index + 1} / ${story.steps.length}`);
        await map.waitForIdle();
        const s = await map.page.evaluate(() => {
          const st = (window as unknown as { __store: { getState(): { time: { date: string }; selection: unknown } } }).__store.getState();
          const m = (window as unknown as { __map: { getCenter(): { lng: number; lat: number }; getZoom(): number } }).__map;
          return { date: st.time.date, selection: st.selection, lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
        });
        expect(s.date).toBe(step.state.date);
        expect(s.selection).toEqual(step.state.selection ?? null);
        expect(s.lon).toBeCloseTo(step.camera.lon, 1);
        expect(s.lat).toBeCloseTo(step.camera.lat, 1);
        expect(s.zoom).toBeCloseTo(step.camera.zoom, 1);
      };
      await check(0);
      await map.page.keyboard.press('PageDown');
      await check(1);
      await map.page.keyboard.press('ArrowRight');
      await check(Math.min(2, story.steps.length - 1));
      await map.page.keyboard.press('PageUp');
      await check(1);
      await map.page.keyboard.press('Home');
      await check(0);
      const bodySize = await map.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.story-text')!).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(28);
      await map.screenshot('test-results/briefing-1920x1080.png');
      await map.page.keyboard.press('Escape'); // clears the selection first
      await map.page.keyboard.press('Escape');
      await expect.poll(() => map.page.evaluate(() => document.querySelector('.app')?.className)).toContain('mode-explore');
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
        const overflowing = await map.page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
            if (el.closest('.visually-hidden, .skip-link, .maplibregl-canvas-container')) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1 || r.left < -1 || r.top < -1) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
          }
          const panel = document.querySelector('.side-panel') as HTMLElement;
          if (panel.scrollHeight > panel.clientHeight + 1) out.push(`side panel scrolls: ${panel.scrollHeight} > ${panel.clientHeight}`);
          return out;
        });
        expect(overflowing).toEqual([]);
      } finally {
        await map.close();
      }
    });
  }
});

describe('embed mode', () => {
  it('renders inside a sandboxed iframe of a host page and answers a postMessage', async () => {
    const map = await launch(baseUrl, { width: 900, height: 600 });
    try {
      const host = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
        <iframe id="embed" title="Migration map" src="/embed.html?date=2015-09" width="480" height="320" sandbox="allow-scripts allow-popups"></iframe>
        <script>
          window.received = [];
          window.addEventListener('message', (e) => window.received.push(e.data));
        </script></body></html>`;
      await map.page.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: host }));
      await map.page.goto(new URL('host.html', baseUrl).toString());
      await map.page.waitForFunction(() => (window as unknown as { received: Array<{ type?: string }> }).received.some((m) => m.type === 'ready'), null, { timeout: 30_000 });
      const frame = map.page.frameLocator('#embed');
      await expect.poll(() => frame.locator('.maplibregl-canvas').count(), { timeout: 20_000 }).toBe(1);
      await map.page.evaluate(() => {
        const iframe = document.getElementById('embed') as HTMLIFrameElement;
        iframe.contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'set-view', date: '2016-03', selection: { kind: 'country', id: 'TR' } }, '*');
        iframe.contentWindow!.postMessage({ namespace: 'eu-migration-map', type: 'unknown-thing', payload: '<img src=x onerror=alert(1)>' }, '*');
      });
      await map.page.waitForFunction(() => (window as unknown as { received: Array<{ type?: string; date?: string }> }).received.some((m) => m.type === 'view' && m.date === '2016-03'), null, { timeout: 10_000 });
      const received = await map.page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      expect(received).toContainEqual({ namespace: 'eu-migration-map', type: 'selection', selection: { kind: 'country', id: 'TR' } });
      await expect.poll(() => frame.locator('.embed-card h2').innerText()).toBe('Türkiye');
      await expect(frame.locator('.embed-open').getAttribute('href')).resolves.toMatch(/sel=country%3ATR/);
      await map.page.setViewportSize({ width: 520, height: 360 });
      await map.page.locator('#embed').screenshot({ path: 'test-results/embed-480x320.png' });
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
