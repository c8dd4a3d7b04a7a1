// Every build and mode a person meets shows its map, checked on the pixels of the map region: the map element fills
// the region the layout gives it, the sea and the land have their colours at known points, the picture has more than
// a handful of colours, and a few views match committed reference images within a tolerance.
// `UPDATE_REFERENCES=1` rewrites the reference images (look at them before committing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import type { MapLook } from './driver-screen';
import { decodePng, differingPixelShare } from './png';
import { expectBasemapVisible } from './map-look';
import { mapTheme } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const singleFileUrl = `${pathToFileURL(resolve('dist-single')).toString()}/`;
const OUT = 'test-results/visual';
const REFERENCES = 'tests/e2e/reference';
mkdirSync(OUT, { recursive: true });

interface View {
  name: string;
  path: string;
  width: number;
  height: number;
  /** High-contrast palette expected (briefing mode is always high contrast). */
  highContrast?: boolean;
  /** Shown inside a sandboxed iframe of a host page, at this size. */
  inHostPage?: { width: number; height: number };
  renderer?: 'webgl' | 'svg';
  /** Compared with tests/e2e/reference/<name>.png. */
  reference?: boolean;
}

const HTTP_VIEWS: View[] = [
  { name: 'index explore 1920x1080', path: 'index.html', width: 1920, height: 1080 },
  { name: 'index explore 1280x720', path: 'index.html', width: 1280, height: 720, reference: true },
  { name: 'index explore 375x667', path: 'index.html', width: 375, height: 667 },
  { name: 'index briefing 1920x1080', path: 'index.html?mode=briefing', width: 1920, height: 1080, highContrast: true },
  { name: 'index briefing 1280x720', path: 'index.html?mode=briefing', width: 1280, height: 720, highContrast: true },
  { name: 'index briefing 1024x768', path: 'index.html?mode=briefing', width: 1024, height: 768, highContrast: true },
  { name: 'embed.html 480x320', path: 'embed.html', width: 480, height: 320, reference: true },
  { name: 'embed.html 800x560', path: 'embed.html', width: 800, height: 560 },
  { name: 'embed.html in a sandboxed iframe 800x560', path: 'embed.html', width: 1000, height: 700, inHostPage: { width: 800, height: 560 } },
  { name: 'index high contrast 1280x720', path: 'index.html?hc=1', width: 1280, height: 720, highContrast: true },
  { name: 'index French 1280x720', path: 'index.html?lang=fr', width: 1280, height: 720 },
  { name: 'index SVG map 1280x720', path: 'index.html?renderer=svg', width: 1280, height: 720, renderer: 'svg', reference: true },
  { name: 'index embed mode 480x320', path: 'index.html?mode=embed', width: 480, height: 320 },
];

const FILE_VIEWS: View[] = [
  { name: 'single file explore 1280x720', path: 'index.html', width: 1280, height: 720 },
  { name: 'single file briefing 1920x1080', path: 'index.html?mode=briefing', width: 1920, height: 1080, highContrast: true },
  { name: 'single file embed mode 480x320', path: 'index.html?mode=embed', width: 480, height: 320 },
  { name: 'single file SVG map 1280x720', path: 'index.html?renderer=svg', width: 1280, height: 720, renderer: 'svg' },
];

const slug = (name: string): string => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** One line per view, as `embed.html 800x560: map 800x560 (webgl), 231 colours, sea 3/3 points, land 2/4 points`. */
function report(view: View, look: MapLook, seaSeen: number, landSeen: number): string {
  const size = `${Math.round(look.map.width)}x${Math.round(look.map.height)}`;
  return `${view.name}: map ${size} (${look.renderer}), ${look.colours} colours, sea ${seaSeen}/${look.sea.length} points, land ${landSeen}/${look.land.length} points`;
}


function checkLook(view: View, look: MapLook): void {
  writeFileSync(`${OUT}/${slug(view.name)}.png`, look.png);
  const theme = mapTheme(view.highContrast ?? false);
  // The map element fills the region the layout gives it, and that region is a real part of the window.
  expect(look.renderer).toBe(view.renderer ?? 'webgl');
  const frame = view.inHostPage ?? { width: view.width, height: view.height };
  expect(look.region.width * look.region.height, `${view.name}: map area`).toBeGreaterThan(0.25 * frame.width * frame.height);
  const { seaSeen, landSeen } = expectBasemapVisible(view.name, look, theme);
  console.log(report(view, look, seaSeen, landSeen));
  if (view.reference) compareWithReference(view, look);
}

function compareWithReference(view: View, look: MapLook): void {
  const file = `${REFERENCES}/${slug(view.name)}.png`;
  if (process.env['UPDATE_REFERENCES'] === '1') {
    writeFileSync(file, look.png);
    return;
  }
  expect(existsSync(file), `${file} is missing: run the e2e tests with UPDATE_REFERENCES=1 and look at the image`).toBe(true);
  const share = differingPixelShare(look.pixels, decodePng(readFileSync(file)), 40);
  console.log(`${view.name}: ${(share * 100).toFixed(2)} % of pixels differ from ${file}`);
  expect(share, `${view.name}: differs from ${file} (see ${OUT}/${slug(view.name)}.png)`).toBeLessThan(0.03);
}

function viewsOf(title: string, base: () => string, views: View[]): void {
  describe(title, () => {
    let browser: MapDriver;
    beforeAll(async () => {
      browser = await launch(base(), { width: 1280, height: 720 });
    });
    afterAll(async () => {
      await browser.close();
    });
    for (const view of views) {
      it(`${view.name} shows its map`, async () => {
        await browser.resize(view.width, view.height);
        if (view.inHostPage) await browser.openInHostPage(view.path, view.inHostPage);
        else await browser.openView(view.path);
        checkLook(view, await browser.lookAtMap());
      });
    }
    it('made no request outside its origin and logged no error', () => {
      expect(browser.foreignRequests).toEqual([]);
      expect(browser.consoleErrors).toEqual([]);
    });
  });
}

viewsOf('dist/ over http', () => baseUrl, HTTP_VIEWS);
viewsOf('dist-single/index.html from disk (file://)', () => singleFileUrl, FILE_VIEWS);
