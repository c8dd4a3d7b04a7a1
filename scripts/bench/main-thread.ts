// The bench's main-thread lines (issue 38's bound): story links written to hurt the reader, pasted into the open map of
// the deployment build (no test handles), and the longest main-thread task each one causes, from the link pasted until
// the page has drawn every frame on time for a second. Chromium's long-task timing (PerformanceObserver 'longtask')
// gives the block; its long-animation-frame timing (the task plus the rendering it led to) is reported beside it. The
// hostile cases are those of tests/e2e/hostile-input.e2e.ts; two harmless inputs that do the same on screen (a notice
// shown, a long address) are measured beside them as baselines.
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openFreshPage } from './harness';

/** What a case pastes, and what shows that the app has answered it. */
interface MainThreadCase {
  name: string;
  /** Held to the 300 ms bound; a baseline is reported only. */
  hostile: boolean;
  fragment: () => string;
  /** 'notice': the app shows a notice; 'none': nothing to wait for but calm (an address with no story in it). */
  answer: 'notice' | 'none';
  /** The story opens in briefing mode (its card shows): measured in a browser of its own (see mainThreadRound). */
  opens: boolean;
}

/** The bound of issue 38: no input keeps the main thread for longer than this. */
export const MAIN_THREAD_BOUND_MS = 300;

/** A story link's fragment for this JSON text, packed as the story maker packs it (the hostile-input spec's). */
const fragmentOf = (json: string | Buffer): string => `#story-data=${deflateRawSync(typeof json === 'string' ? Buffer.from(json) : json, { level: 9 }).toString('base64url')}`;
const SOURCE = { background: 'A fact stated by the dataset', reference: 'OJ L 1, 1.1.2016' };
const step = (title: string, state: Record<string, unknown> = {}, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  title,
  text: 'What this step shows.',
  camera: { lon: 15, lat: 38, zoom: 3 },
  state: { date: '2016-03', layers: ['routes'], ...state },
  sources: [SOURCE],
  ...more,
});
const soundStory = (fields: Record<string, unknown>): string => JSON.stringify({ id: 'hostile', title: 'A story', summary: 'About it', steps: [step('Sound step')], ...fields });

/** A sound story's link: one step at zoom 3 over the central Mediterranean, March 2016 (the baseline of the openings). */
export const soundStoryFragment = (): string => fragmentOf(soundStory({ id: 'sound' }));

let bigLink: string | undefined;
/** 272 KB of link that would unpack to 200 MB (made once: deflating 200 MB takes a second). */
const bigPackedLink = (): string => (bigLink ??= fragmentOf(Buffer.alloc(200 * 1024 * 1024, 32)));

/**
 * Each pasted into the explore map: the refused ones one after another into one page, each whose story opens (briefing
 * mode) into a page of its own. The sound story is the baseline of the ones that open: a case's share of the block
 * beyond it is the hostile input's own.
 */
export const MAIN_THREAD_CASES: readonly MainThreadCase[] = [
  { name: 'unreadable story link (baseline: one notice)', hostile: false, fragment: () => '#story-data=not*base64', answer: 'notice', opens: false },
  { name: '272 KB address with no story (baseline: a long address)', hostile: false, fragment: () => `#not-a-story=${'A'.repeat(bigPackedLink().length)}`, answer: 'none', opens: false },
  { name: 'story link with an id nested 100,000 deep', hostile: true, fragment: () => fragmentOf(`{"id":${'['.repeat(100_000)}"x"${']'.repeat(100_000)},"title":"Deep","summary":"x","steps":[]}`), answer: 'notice', opens: false },
  { name: '272 KB story link that would unpack to 200 MB', hostile: true, fragment: bigPackedLink, answer: 'notice', opens: false },
  { name: 'sound story link (baseline: a story opens)', hostile: false, fragment: soundStoryFragment, answer: 'none', opens: true },
  { name: 'story link with a 200,000-character id (the story opens)', hostile: true, fragment: () => fragmentOf(soundStory({ id: 'a'.repeat(200_000) })), answer: 'notice', opens: true },
  { name: 'story step dated 1900-01 (left out, the story opens)', hostile: true, fragment: () => fragmentOf(soundStory({ steps: [step('Old step', { date: '1900-01' }), step('Sound step')] })), answer: 'notice', opens: true },
  {
    name: 'story step with filter values naming no record (the story opens)',
    hostile: true,
    fragment: () => fragmentOf(soundStory({ steps: [step('Filtered step', { filters: { groups: ['sahel-nowhere', 'eastern-partnership'], organisations: ['ghost-org', 'iom'], agreementTypes: ['no-such-type', 'dialogue'] } })] })),
    answer: 'notice',
    opens: true,
  },
  { name: 'story title with U+202E, zero-width space and markup (the story opens)', hostile: true, fragment: () => fragmentOf(soundStory({ title: 'Report \u202Efdp.exe\u202C <img src=x onerror="self.hostileRan=true"> \u200Bdone' })), answer: 'notice', opens: true },
  { name: 'story with long unbroken words, title over its limit (the story opens)', hostile: true, fragment: () => fragmentOf(soundStory({ title: 'W'.repeat(300), steps: [step('M'.repeat(80), {}, { text: 'x'.repeat(400) })] })), answer: 'notice', opens: true },
];

/** The host page's flood (measured after the pasted cases, on the same page): its line's name. */
export const EMBED_FLOOD_CASE = { name: 'host page posting 10,000 set-view messages to its embed', hostile: true } as const;

/** One case in one round: the longest long task and the longest long animation frame, in ms. */
export interface MainThreadFigure {
  longTask: number;
  animationFrame: number;
}

// The page scripts are strings: tsx wraps named functions in a helper (`__name`) that does not exist in the page.
/** Resolves once the page has drawn every frame within 100 ms of the last for a second (rejects after 30 s). */
const CALM = `new Promise((resolve, reject) => {
  const started = performance.now();
  let last = started;
  let calmSince = started;
  const tick = (now) => {
    if (now - last > 100) calmSince = now;
    last = now;
    if (now - calmSince >= 1000) resolve();
    else if (now - started > 30000) reject(new Error('the page did not calm down within 30 s'));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Starts watching the main thread afresh: the longest long task and long animation frame from now on. */
const WATCH = `(() => {
  for (const o of window.__mainThread?.observers ?? []) o.disconnect();
  const probe = { longTask: 0, animationFrame: 0, observers: [] };
  window.__mainThread = probe;
  const longTasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTask = Math.max(probe.longTask, e.duration);
  });
  longTasks.observe({ type: 'longtask' });
  probe.observers.push(longTasks);
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    const frames = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.animationFrame = Math.max(probe.animationFrame, e.duration);
    });
    frames.observe({ type: 'long-animation-frame' });
    probe.observers.push(frames);
  }
})()`;

/** The longest long task and long animation frame the probe saw (in a frame of the page, or the page). */
const READ = `(() => {
  const probe = window.__mainThread;
  return { longTask: Math.round(probe.longTask), animationFrame: Math.round(probe.animationFrame) };
})()`;

/** Pastes one case into the open map and measures it: the observers start after calm and stop after the next calm. */
async function measureCase(page: Page, c: MainThreadCase): Promise<MainThreadFigure> {
  for (const dismiss of await page.locator('.notice-dismiss').all()) await dismiss.click().catch(() => undefined);
  await page.evaluate(CALM);
  await page.evaluate(WATCH);
  const fragment = c.fragment();
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
  if (c.answer === 'notice') await page.locator('.notice').first().waitFor({ timeout: 60_000 });
  if (c.opens) await page.locator('.story-step').first().waitFor({ timeout: 60_000 });
  await page.evaluate(CALM);
  return (await page.evaluate(READ)) as MainThreadFigure;
}

/** The host page of the flood: the embed at September 2015, and what the host receives. */
const HOST_PAGE = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
<iframe id="embed" title="Migration map" src="embed.html?date=2015-09" style="border:0;width:900px;height:560px"></iframe>
<script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>
</body></html>`;

/** The host's flood: 10,000 set-view messages, 500 a task, the last one to January 2020 (a string: see CALM). */
const FLOOD = `(() => {
  const target = document.getElementById('embed').contentWindow;
  const flood = Array.from({ length: 10000 }, (_, i) => ({ namespace: 'eu-migration-map', type: 'set-view', date: i === 9999 ? '2020-01' : '2016-03' }));
  let at = 0;
  const post = () => {
    for (const end = Math.min(at + 500, flood.length); at < end; at++) target.postMessage(flood[at], '*');
    if (at < flood.length) setTimeout(post, 0);
  };
  post();
})()`;

/**
 * A host page on the app's origin floods its embed with 10,000 set-view messages (500 a task, as fast as it can; the
 * last one to January 2020) and the longest main-thread task is read in both documents (one thread: the host's own
 * posting counts), from the flood until the embed has answered the last message and the page is calm.
 */
async function measureEmbedFlood(page: Page, url: string): Promise<MainThreadFigure> {
  await page.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: HOST_PAGE }));
  await page.goto(new URL('host.html', url).toString());
  const received = (type: string, date?: string): Promise<unknown> =>
    page.waitForFunction(
      ([t, d]) => (window as unknown as { received: Array<{ type?: string; date?: string }> }).received.some((m) => m.type === t && (d === undefined || m.date === d)),
      [type, date] as const,
      { timeout: 90_000 },
    );
  await received('ready');
  const embed = page.frameLocator('#embed');
  await embed.locator('.maplibregl-canvas').waitFor({ timeout: 90_000 });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the host page has no embed');
  await frame.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 90_000 });
  await page.evaluate(CALM);
  await page.evaluate(WATCH);
  await frame.evaluate(WATCH);
  await page.evaluate(FLOOD);
  await received('view', '2020-01');
  await page.evaluate(CALM);
  const host = (await page.evaluate(READ)) as MainThreadFigure;
  const inEmbed = (await frame.evaluate(READ)) as MainThreadFigure;
  return { longTask: Math.max(host.longTask, inEmbed.longTask), animationFrame: Math.max(host.animationFrame, inEmbed.animationFrame) };
}

/** A fresh browser on the deployment build's explore map at September 2015, drawn (its first idle). */
export async function openMap(url: string): Promise<{ page: Page; close(): Promise<void> }> {
  const opened = await openFreshPage();
  await opened.page.goto(`${url}?date=2015-09`);
  await opened.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 90_000 });
  return opened;
}

/**
 * One round. The refused cases are pasted in turn into one open map, and the host page's flood follows in that
 * browser. Each case whose story opens is pasted into a browser of its own: a reader opens such a link once, cold
 * (the first story opened in a page loads briefing's code and draws its layout for the first time; a second one
 * costs less, so measuring them one after another would flatter all but the first).
 */
export async function mainThreadRound(url: string): Promise<MainThreadFigure[]> {
  const figures: MainThreadFigure[] = [];
  const shared = await openMap(url);
  const byCase = new Map<MainThreadCase, MainThreadFigure>();
  let flood: MainThreadFigure;
  try {
    for (const c of MAIN_THREAD_CASES) if (!c.opens) byCase.set(c, await measureCase(shared.page, c));
    flood = await measureEmbedFlood(shared.page, url);
  } finally {
    await shared.close();
  }
  for (const c of MAIN_THREAD_CASES) {
    if (!c.opens) continue;
    const own = await openMap(url);
    try {
      byCase.set(c, await measureCase(own.page, c));
    } finally {
      await own.close();
    }
  }
  for (const c of MAIN_THREAD_CASES) figures.push(byCase.get(c)!);
  figures.push(flood);
  return figures;
}
