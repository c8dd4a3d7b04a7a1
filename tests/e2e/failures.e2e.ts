// Every failure ends in a usable page or a clear message: a file of the build that does not arrive, a MapLibre worker
// that cannot start, a browser without WebGL 2. Each test makes the failure happen and looks at what the reader gets.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { pageLanguage } from './driver-lang';
import { en } from '../../src/i18n/languages/en/messages';
import { expectBasemapVisible } from './map-look';
import { mapTheme } from '../../src/map/theme';

const baseUrl = inject('baseUrl');

describe('when part of the app fails', () => {
  let browser: MapDriver | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('says so in words when the dataset chunk does not arrive, instead of loading for ever', async () => {
    browser = await launch(baseUrl, { width: 1024, height: 700 });
    await browser.failFiles(/\/assets\/dataset-[^/]+\.js$/);
    await browser.openPage('index.html');
    await expect.poll(async () => (await browser!.alerts()).map((a) => a.text).join('\n')).toContain(en.loadErrorMissingFile);
    expect(await browser.mainHeading()).toBe(en.loadError);
    // No "Loading the map…" left on screen beside the message.
    expect(await browser.pageText()).not.toContain('Loading the map');
  });

  it('stays in English, and says so, when the chunk of the language a link asks for does not arrive', async () => {
    browser = await launch(baseUrl, { width: 1024, height: 700 });
    await browser.failFiles(/\/assets\/language-fr-[^/]+\.js$/);
    await browser.openPage('index.html?lang=fr');
    await expect.poll(() => browser!.textOfPart(en.notices)).toContain(en.languageLoadError.replace('{language}', 'Français'));
    // The whole page in English, not a mix: the document's language and title, and the header.
    expect(await pageLanguage(browser)).toEqual({ lang: 'en', dir: 'ltr', title: en.pageTitle });
    expect(await browser.mainHeading()).toBe(en.appTitle);
    expect(await browser.alerts()).toEqual([]);
  });

  it('says so, with a retry, and keeps the map and the panels when the data table chunk does not arrive', async () => {
    browser = await launch(baseUrl, { width: 1024, height: 700 });
    await browser.failFiles(/\/assets\/DataTable-[^/]+\.js$/);
    await browser.openView('index.html?table=1');
    await expect.poll(async () => (await browser!.alerts()).map((a) => a.text).join('\n')).toContain(en.partLoadError);
    expect(await browser.alerts()).toEqual([{ text: expect.stringContaining(en.partLoadError), buttons: [en.retry] }]);
    expect(await browser.textOfPart(en.panelRegion)).not.toBe('');
    expect(await browser.textOfPart(en.timeline)).not.toBe('');
  });

  it('draws the SVG map, said once, when the MapLibre worker does not load', async () => {
    browser = await launch(baseUrl, { width: 1280, height: 720 });
    await browser.failFiles(/maplibre-gl-worker[^/]*$/);
    await browser.openView('index.html');
    const look = await browser.lookAtMap();
    console.log(`worker blocked: map ${Math.round(look.map.width)}x${Math.round(look.map.height)} (${look.renderer}), ${look.colours} colours`);
    expect(look.renderer).toBe('svg');
    expectBasemapVisible('worker blocked', look, mapTheme(false));
    const notices = await browser.textOfPart(en.notices);
    expect(notices.split(en.svgFallbackNotice)).toHaveLength(2);
  });

  it('says so and keeps the panels when the SVG map chunk does not arrive', async () => {
    browser = await launch(baseUrl, { width: 1024, height: 700 });
    await browser.failFiles(/\/assets\/SvgMap-[^/]+\.js$/);
    await browser.openPage('index.html?renderer=svg');
    await expect.poll(async () => (await browser!.alerts()).map((a) => a.text).join('\n')).toContain(en.svgMapLoadError);
    expect(await browser.alerts()).toEqual([{ text: expect.stringContaining(en.svgMapLoadError), buttons: [en.retry] }]);
    // The rest of the app works: the panel and the timeline are there.
    expect(await browser.textOfPart(en.panelRegion)).not.toBe('');
    expect(await browser.textOfPart(en.timeline)).not.toBe('');
  });

  it('draws the SVG map, said once, in a browser without WebGL 2', async () => {
    browser = await launch(baseUrl, { width: 1280, height: 720, extraArgs: ['--disable-webgl2'] });
    await browser.openView('index.html');
    const look = await browser.lookAtMap();
    console.log(`no WebGL 2: map ${Math.round(look.map.width)}x${Math.round(look.map.height)} (${look.renderer}), ${look.colours} colours`);
    expect(look.renderer).toBe('svg');
    expectBasemapVisible('no WebGL 2', look, mapTheme(false));
    const notices = await browser.textOfPart(en.notices);
    expect(notices.split(en.svgFallbackNotice)).toHaveLength(2);
    expect(browser.consoleErrors).toEqual([]);
  });
});
