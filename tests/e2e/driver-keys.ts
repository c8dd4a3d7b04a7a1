// Driver verbs for the map by keyboard: only the keyboard moves things (page.keyboard); the verbs read what a
// screen-reader user hears (the live region), where the focus is, and what a sighted user sees (the focus ring's pixels).
import { svgMapProjection } from './driver-screen';
import labelPoints from '../../geodata/labels.json';
import type { MapDriver } from './driver';
import { decodePng } from './png';

const MAP = '[data-map-keys]';

function isSvg(map: MapDriver): Promise<boolean> {
  return map.page.locator('[data-testid="svg-map"]').count().then((n) => n > 0);
}

/** Lets the app answer a key: the live region, the SVG map's render, or MapLibre's camera and frame. */
async function settle(map: MapDriver): Promise<void> {
  await map.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  if (!(await isSvg(map))) await map.waitForIdle();
}

/** Presses Tab until the map has the keyboard focus, as a keyboard user arriving on the page; returns how many presses it took. */
export async function tabToMap(map: MapDriver, most = 40): Promise<number> {
  for (let n = 1; n <= most; n++) {
    await map.page.keyboard.press('Tab');
    if (await mapHasKeyboardFocus(map)) return n;
  }
  throw new Error(`the map did not get the focus after ${most} presses of Tab`);
}

export function mapHasKeyboardFocus(map: MapDriver): Promise<boolean> {
  return map.page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, MAP);
}

/** What assistive technology is told about the map element: its role, role description, name and description. */
export function mapRegionSemantics(map: MapDriver): Promise<{ role: string; roleDescription: string; name: string; description: string }> {
  return map.page.locator(MAP).evaluate((el) => ({
    role: el.getAttribute('role') ?? '',
    roleDescription: el.getAttribute('aria-roledescription') ?? '',
    name: el.getAttribute('aria-label') ?? '',
    description: (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  }));
}

/** Presses keys one after the other (as the page has the focus), letting the app answer each; returns what the live region said after each. */
export async function pressKeys(map: MapDriver, ...keys: string[]): Promise<string[]> {
  const said: string[] = [];
  for (const key of keys) {
    await map.page.keyboard.press(key);
    await settle(map);
    said.push(await heard(map));
  }
  return said;
}

/** The live region's text, as a screen reader would read it (the invisible space that makes a repeat heard is dropped). */
export async function heard(map: MapDriver): Promise<string> {
  return ((await map.page.locator('[data-testid="live-region"]').textContent()) ?? '').replace(/\u00a0/g, '').trim();
}

/**
 * Where the map draws a country, in page pixels: the anchor of its name label (the same place in either renderer).
 * The WebGL map places it by its own camera; the SVG map's label is read from the drawing (its anchor on screen).
 */
export async function whereDrawn(map: MapDriver, iso2: string): Promise<{ x: number; y: number }> {
  await settle(map);
  if (!(await isSvg(map))) {
    const label = labelPoints.features.find((f) => f.properties.iso2 === iso2);
    if (!label) throw new Error(`no label point for ${iso2}`);
    const [lon, lat] = label.geometry.coordinates as [number, number];
    return map.project(lon, lat);
  }
  const text = map.page.locator(`[data-testid="svg-map"] text[data-iso2="${iso2}"]`).first();
  return text.evaluate((el) => {
    const t = el as SVGTextElement;
    const point = new DOMPoint(t.x.baseVal[0]?.value ?? 0, t.y.baseVal[0]?.value ?? 0).matrixTransform(t.getScreenCTM() ?? undefined);
    return { x: point.x, y: point.y };
  });
}

/** Page position of a longitude/latitude on whichever map is shown. */
async function onPage(map: MapDriver, lon: number, lat: number): Promise<{ x: number; y: number }> {
  if (!(await isSvg(map))) return map.project(lon, lat);
  const box = await map.page.locator('[data-testid="svg-map"]').boundingBox();
  if (!box) throw new Error('the SVG map has no box');
  const p = (await svgMapProjection(map.page.mainFrame(), box))([lon, lat]);
  if (!p) throw new Error(`${lon},${lat} is not on the map`);
  return { x: box.x + p[0], y: box.y + p[1] };
}

/**
 * Pixels of the focus ring's colour in a square of the screen around a place: a screenshot as a person sees it,
 * decoded in the test. `colour` is "#rrggbb"; a pixel counts when each channel is within `tolerance`.
 */
export async function ringPixelsNear(map: MapDriver, lonLat: [number, number], colour: string, half = 80, tolerance = 40): Promise<number> {
  const p = await onPage(map, lonLat[0], lonLat[1]);
  const clip = { x: Math.max(0, Math.round(p.x - half)), y: Math.max(0, Math.round(p.y - half)), width: 2 * half, height: 2 * half };
  const pixels = decodePng(await map.page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r) <= tolerance && Math.abs(d[i + 1]! - g) <= tolerance && Math.abs(d[i + 2]! - b) <= tolerance) n++;
  return n;
}

/** Saves a screenshot of the page (for a person to look at). */
export async function photograph(map: MapDriver, path: string): Promise<void> {
  await map.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
}

/**
 * Where the map draws the names of the countries it labels, in page pixels (the anchor of each name; the SVG map drops
 * a name off screen or over another, the WebGL map's anchors are read for every label point inside the map's box).
 */
export async function namesDrawn(map: MapDriver): Promise<Map<string, { x: number; y: number }>> {
  await settle(map);
  if (!(await isSvg(map))) {
    const box = await map.mapBox();
    const out = new Map<string, { x: number; y: number }>();
    for (const f of labelPoints.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = await map.project(lon, lat);
      if (box && p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) out.set(f.properties.iso2, p);
    }
    return out;
  }
  const rows = await map.page.locator('[data-testid="svg-map"] text[data-iso2]').evaluateAll((els) =>
    els.map((el) => {
      const t = el as SVGTextElement;
      const point = new DOMPoint(t.x.baseVal[0]?.value ?? 0, t.y.baseVal[0]?.value ?? 0).matrixTransform(t.getScreenCTM() ?? undefined);
      return [t.getAttribute('data-iso2') ?? '', { x: point.x, y: point.y }] as const;
    }),
  );
  return new Map(rows);
}

/** Presses Tab until a control whose name (its label, or else its text) matches has the focus, then Enter: a keyboard user reaching a control. */
export async function tabToAndPress(map: MapDriver, name: string | RegExp, most = 120): Promise<void> {
  const matches = (text: string): boolean => (typeof name === 'string' ? text === name : name.test(text));
  for (let n = 1; n <= most; n++) {
    await map.page.keyboard.press('Tab');
    const focused = await map.page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (matches(focused)) {
      await map.page.keyboard.press('Enter');
      await settle(map);
      return;
    }
  }
  throw new Error(`${String(name)} was not reached with Tab`);
}

/** The "Map as text" list as shown: its group headings and the number of items under each. */
export function mapAsTextGroups(map: MapDriver): Promise<Array<{ heading: string; items: number }>> {
  return map.page.locator('[data-testid="map-as-text"] section').evaluateAll((sections) => sections.map((s) => ({ heading: s.querySelector('h2')?.textContent?.trim() ?? '', items: s.querySelectorAll('li').length })));
}

/** The list of keys, when it is open ('' when it is not). */
export async function keysHelpText(map: MapDriver): Promise<string> {
  const dialog = map.page.locator('[data-testid="map-keys-help"]');
  return (await dialog.evaluate((d) => (d as HTMLDialogElement).open)) ? (await dialog.innerText()).trim() : '';
}
