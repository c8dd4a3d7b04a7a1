// `npm run screenshots`: makes a deployment build (`npm run build`; `--no-build` reuses dist/ and dist-single/) and
// retakes every picture of the README and docs/ (docs/screenshot-*.png) from it, as a reader meets the builds: dist/
// over http, dist/embed.html in a sandboxed iframe of a host page on another origin, the single file from disk; and
// docs/slide-2015-step-2.png, a slide of a deck downloaded from dist/ as LibreOffice Impress draws it.
// `npm run screenshots -- --no-build --view 'index.html?lang=fr' out.png [width] [height]` saves one view instead.
// A deployment build has no test handles, so a view counts as drawn at the app's own 'map-first-idle' mark (once per
// map) or when the SVG map has drawn its countries.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { launchChromium } from './browser/chromium';
import { slidePicture } from './office/slide-picture';
import { serveFolder } from './browser/static-server';

if (!process.argv.includes('--no-build')) execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, VITE_TEST_HANDLES: '' } });

const written: string[] = [];
const problems: string[] = [];

/** Waits until `maps` maps of the page (or frame) have drawn for the first time, then until the fonts are ready. */
async function drawn(target: Page | Frame, maps = 1): Promise<void> {
  await target.waitForFunction(
    (count) => performance.getEntriesByName('map-first-idle').length >= count || document.querySelector('[data-testid="svg-map"] .svg-country') !== null,
    maps,
    { timeout: 60_000 },
  );
  await target.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** One view of dist/ at a size: opened, drawn, optionally acted on, saved. */
async function shoot(name: string, url: string, size: { width: number; height: number }, options: { maps?: number; act?: (page: Page) => Promise<void> } = {}): Promise<void> {
  if (!wanted(name)) return;
  const browser = await launchChromium({ ...size, reducedMotion: true });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => problems.push(`${name}: ${String(e)}`));
    await page.goto(url);
    await drawn(page, options.maps);
    if (options.act) await options.act(page);
    const file = name.endsWith('.png') ? name : `docs/${name}.png`;
    await page.screenshot({ path: file });
    written.push(file);
  } finally {
    await browser.close();
  }
}

/** A page that has settled after a change made after its first draw: two pictures 400 ms apart are the same. */
async function settled(page: Page): Promise<void> {
  let last = await page.screenshot();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(400);
    const next = await page.screenshot();
    if (next.equals(last)) return;
    last = next;
  }
  throw new Error('the page did not settle within 16 s');
}

const app = await serveFolder('dist');
// The host page of the embed lives on another origin, as a news site's page would.
const host = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><body style="margin:0"><iframe id="map" src="${app.url}embed.html?date=2015-09" title="Migration routes and EU external action" width="480" height="320" style="border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe></body></html>`);
});
await new Promise<void>((ok) => host.listen(0, '127.0.0.1', () => ok()));
const hostAddress = host.address();
const hostUrl = `http://127.0.0.1:${typeof hostAddress === 'object' && hostAddress ? hostAddress.port : 0}/`;

const viewAt = process.argv.indexOf('--view');
// `--only presenter,embed` retakes the pictures whose names contain one of the words.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : [];
const wanted = (name: string): boolean => only.length === 0 || only.some((word) => name.includes(word));
try {
  if (viewAt >= 0) {
    const [path = 'index.html', out = 'test-results/view.png', width = '1920', height = '1080'] = process.argv.slice(viewAt + 1);
    await shoot(out, `${app.url}${path}`, { width: Number(width), height: Number(height) });
  } else await allPictures();
} finally {
  await app.close();
  host.close();
}
console.log(`screenshots: ${written.length} written (${written.join(', ')})`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

async function allPictures(): Promise<void> {
  await shoot('screenshot-default', `${app.url}index.html`, { width: 1920, height: 1080 });
  await shoot('screenshot-dossier', `${app.url}index.html?sel=country:NE&cam=8,16,3.6&layers=routes,partners,missions,funding`, { width: 1600, height: 900 });
  await shoot('screenshot-compare', `${app.url}index.html?date=2015-09&compare=2015-09,2024-06&layers=routes,partners,missions,funding&cam=20,48,3.6`, { width: 1920, height: 1080 }, { maps: 2 });
  await shoot('screenshot-dark', `${app.url}index.html?scheme=dark`, { width: 1280, height: 800 });
  await shoot('screenshot-phone', `${app.url}index.html`, { width: 375, height: 667 }, {
    act: async (page) => {
      await page.getByRole('combobox', { name: 'Find a country' }).fill('Niger');
      await page.getByRole('option', { name: 'Niger', exact: true }).click();
      await page.getByRole('button', { name: 'Show the map' }).click();
      await settled(page);
    },
  });
  await shoot('screenshot-ar-1920x1080', `${app.url}index.html?lang=ar`, { width: 1920, height: 1080 });
  await shoot('screenshot-ar-375x667', `${app.url}index.html?lang=ar&sel=country:NE`, { width: 375, height: 667 });

  // The embed, as the host page shows it.
  if (wanted('screenshot-embed')) {
    const browser = await launchChromium({ width: 480, height: 320, reducedMotion: true });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(hostUrl);
      const frame = await (await page.waitForSelector('#map')).contentFrame();
      if (!frame) throw new Error('the host page has no embedded map');
      await drawn(frame);
      await page.locator('#map').screenshot({ path: 'docs/screenshot-embed.png' });
      written.push('docs/screenshot-embed.png');
    } finally {
      await browser.close();
    }
  }

  // Briefing mode from the single file opened from disk.
  await shoot('screenshot-briefing', `${pathToFileURL(resolve('dist-single/index.html')).toString()}?mode=briefing`, { width: 1920, height: 1080 });

  // Step 2 of the 2015 story's slide deck, downloaded from the story list and drawn by LibreOffice Impress (96 dpi): the
  // title slide is slide 1, so step 2 is slide 3.
  if (wanted('slide-2015')) {
    const browser = await launchChromium({ width: 1280, height: 800, reducedMotion: true });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${app.url}index.html?mode=briefing`);
      await drawn(page);
      const button = page.getByRole('button', { name: /^Download “2015: the refugee crisis and the routes to Europe” as slides/ });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), button.click()]);
      const deck = resolve(browser.profile, 'crisis-2015.pptx');
      await download.saveAs(deck);
      slidePicture(deck, 3, 'docs/slide-2015-step-2.png');
      written.push('docs/slide-2015-step-2.png');
    } finally {
      await browser.close();
    }
  }

  // The presenter window (laptop) beside the projector window, each at 1600x860 shown at half size, on one picture with
  // a caption under each.
  if (wanted('screenshot-presenter')) {
    const browser = await launchChromium({ width: 1600, height: 860, reducedMotion: true });
    try {
      const projector = browser.context.pages()[0] ?? (await browser.context.newPage());
      await projector.goto(`${app.url}index.html?mode=briefing&story=crisis-2015-routes&step=2`);
      await drawn(projector);
      const opened = browser.context.waitForEvent('page');
      await projector.keyboard.press('p');
      const presenter = await opened;
      await presenter.setViewportSize({ width: 1600, height: 860 });
      await presenter.waitForSelector('.svg-country', { state: 'attached', timeout: 60_000 });
      await presenter.getByText(/Step 2 of/).waitFor();
      await settled(projector);
      const left = (await presenter.screenshot()).toString('base64');
      const right = (await projector.screenshot()).toString('base64');
      const sheet = await browser.context.newPage();
      await sheet.setViewportSize({ width: 1640, height: 478 });
      await sheet.setContent(
        `<body style="margin:0;background:#333;color:#fff;font:16px sans-serif;display:flex;gap:20px;padding:12px 10px">` +
          `<figure style="margin:0"><img src="data:image/png;base64,${left}" width="800" height="430"><figcaption>Presenter window (laptop)</figcaption></figure>` +
          `<figure style="margin:0"><img src="data:image/png;base64,${right}" width="800" height="430"><figcaption>Projector window</figcaption></figure></body>`,
      );
      await sheet.screenshot({ path: 'docs/screenshot-presenter.png' });
      written.push('docs/screenshot-presenter.png');
    } finally {
      await browser.close();
    }
  }
}
