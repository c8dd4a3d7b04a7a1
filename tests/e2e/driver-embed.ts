// Driver verbs for the embed seen from a host page: the host's own page (an iframe with id "embed" and a script that
// keeps every message in `window.received`), what the host sends and receives, and the map in its iframe.
import type { Session, TestWindow } from './driver-handles';
import { readShareDialog, type SharedLinks } from './driver-panels';

/** A message the host page received from the embed (height, ready, view, selection...). */
export type HostMessage = { type?: string; height?: number; date?: string; [key: string]: unknown };

export interface EmbedVerbs {
  /**
   * Opens a host page of the app's own origin (/host.html) with this HTML, and points the verbs that read the app at
   * its iframe #embed from then on.
   */
  openHostPage(html: string): Promise<void>;
  /** Waits until the embedded map has started and drawn (MapLibre idle). */
  waitForEmbeddedMap(): Promise<void>;
  /** Posts a message from the host page to the embed, as the host's script would. */
  postToEmbed(message: unknown): Promise<void>;
  /** Every message the host page received so far. */
  hostReceived(): Promise<HostMessage[]>;
  /** Waits until the host page received a message with these fields. */
  waitForHostMessage(fields: Partial<HostMessage>, timeout?: number): Promise<void>;
  /** The size the host page gives the iframe. */
  embedBox(): Promise<{ width: number; height: number }>;
  /** The height of the embed's card content against the card's own height. */
  embedCardHeights(): Promise<{ scroll: number; client: number }>;
  /** Turns the mouse wheel over the embedded map (with Ctrl held if asked), as a reader scrolling the article would. */
  wheelOverEmbeddedMap(deltaY: number, withCtrl?: boolean): Promise<void>;
  /** How far the host page is scrolled down, in px. */
  hostScrollY(): Promise<number>;
  scrollHostTo(y: number): Promise<void>;
  /** Points the iframe at another address of the app. */
  setEmbedAddress(path: string): Promise<void>;
  /** Clicks "Open the full map" in the embed and presses Share in the page it opens: that page's origin and links. */
  openFullMapAndShare(): Promise<{ origin: string } & SharedLinks>;
  /** The title of the embed's card (the selected country, route...), once the card is shown. */
  embedCardTitle(): Promise<string>;
  /** The month the embed shows beside its title ('' while comparing, when the maps' labels carry the months). */
  embedDate(): Promise<string>;
  /** Where the embed's "Open the full map" link leads. */
  fullMapAddress(): Promise<string>;
  /** The hint the embedded map shows over itself when the wheel turns without Ctrl ('' when none has been shown). */
  mapGestureHint(): Promise<string>;
  /** How many maps the embed shows (two while comparing). */
  embeddedMapCount(): Promise<number>;
  /** The labels over the two maps of a comparison in the embed, A then B. */
  embedComparisonLabels(): Promise<[string, string]>;
}

export function embedVerbs(s: Session): EmbedVerbs {
  const embedded = async () => {
    const handle = await s.page.waitForSelector('#embed');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('#embed has no frame');
    return frame;
  };
  const verbs: EmbedVerbs = {
    async openHostPage(html) {
      await s.page.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
      await s.page.goto(new URL('host.html', s.baseUrl).toString());
      s.setView(await embedded());
    },
    async waitForEmbeddedMap() {
      const frame = s.view();
      await frame.waitForFunction(() => Boolean((window as unknown as TestWindow).__map), null, { timeout: 40_000 });
      await frame.waitForFunction(
        () =>
          new Promise<boolean>((resolve) => {
            const map = (window as unknown as TestWindow).__map!;
            map.once('idle', () => resolve(true));
            map.triggerRepaint();
          }),
        null,
        { timeout: 40_000 },
      );
    },
    async postToEmbed(message) {
      await s.page.evaluate((m) => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
    },
    hostReceived: () => s.page.evaluate(() => (window as unknown as { received: HostMessage[] }).received),
    async waitForHostMessage(fields, timeout = 30_000) {
      await s.page.waitForFunction(
        (f) => (window as unknown as { received: HostMessage[] }).received.some((m) => Object.entries(f).every(([k, v]) => m[k] === v)),
        fields,
        { timeout },
      );
    },
    async embedBox() {
      const box = await s.page.locator('#embed').boundingBox();
      if (!box) throw new Error('no iframe box');
      return box;
    },
    embedCardHeights: () => s.view().locator('.embed-card').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight })),
    async wheelOverEmbeddedMap(deltaY, withCtrl = false) {
      // Frame locators give page coordinates.
      const box = await s.view().locator('.maplibregl-canvas').boundingBox();
      if (!box) throw new Error('the embedded map has no canvas');
      await s.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      if (withCtrl) await s.page.keyboard.down('Control');
      await s.page.mouse.wheel(0, deltaY);
      if (withCtrl) await s.page.keyboard.up('Control');
    },
    hostScrollY: () => s.page.evaluate(() => window.scrollY),
    async scrollHostTo(y) {
      await s.page.evaluate((top) => window.scrollTo(0, top), y);
    },
    async setEmbedAddress(path) {
      await s.page.evaluate((src) => ((document.getElementById('embed') as HTMLIFrameElement).src = src), path);
    },
    async openFullMapAndShare() {
      const [fullMap] = await Promise.all([s.context.waitForEvent('page'), s.view().locator('.embed-open').click()]);
      await fullMap.waitForLoadState();
      const origin = await fullMap.evaluate(() => self.origin);
      return { origin, ...(await readShareDialog(fullMap)) };
    },
    embedCardTitle: async () => (await s.view().getByRole('complementary').getByRole('heading').first().innerText({ timeout: 10_000 })).trim(),
    async embedDate() {
      const date = s.view().locator('.embed-date');
      return (await date.count()) ? (await date.innerText()).trim() : '';
    },
    fullMapAddress: async () => (await s.view().getByRole('link', { name: 'Open the full map' }).getAttribute('href')) ?? '',
    async mapGestureHint() {
      const hint = s.view().locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message');
      return (await hint.count()) ? ((await hint.textContent()) ?? '').trim() : '';
    },
    embeddedMapCount: () => s.view().locator('.maplibregl-canvas').count(),
    embedComparisonLabels: async () => [(await s.view().getByTestId('compare-label-a').innerText()).trim(), (await s.view().getByTestId('compare-label-b').innerText()).trim()],
  };
  return verbs;
}
