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
}

/** The bound of issue 38: no input keeps the main thread for longer than this. */
export const MAIN_THREAD_BOUND_MS = 300;

/** A story link's fragment for this JSON text, packed as the story maker packs it (the hostile-input spec's). */
const fragmentOf = (json: string | Buffer): string => `#story-data=${deflateRawSync(typeof json === 'string' ? Buffer.from(json) : json, { level: 9 }).toString('base64url')}`;
const soundStory = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    id: 'hostile',
    title: 'A story',
    summary: 'About it',
    steps: [{ title: 'Sound step', text: 'What this step shows.', camera: { lon: 15, lat: 38, zoom: 3 }, state: { date: '2016-03', layers: ['routes'] }, sources: [{ background: 'A fact stated by the dataset', reference: 'OJ L 1, 1.1.2016' }] }],
    ...fields,
  });

let bigLink: string | undefined;
/** 272 KB of link that would unpack to 200 MB (made once: deflating 200 MB takes a second). */
const bigPackedLink = (): string => (bigLink ??= fragmentOf(Buffer.alloc(200 * 1024 * 1024, 32)));

/**
 * In the order pasted into one page: the refused ones first, the one that opens a story (briefing mode) last. The
 * 200,000-character id is refused as an id, and the rest of its story opens: its block includes the opening.
 */
export const MAIN_THREAD_CASES: readonly MainThreadCase[] = [
  { name: 'unreadable story link (baseline: one notice)', hostile: false, fragment: () => '#story-data=not*base64', answer: 'notice' },
  { name: '272 KB address with no story (baseline: a long address)', hostile: false, fragment: () => `#not-a-story=${'A'.repeat(bigPackedLink().length)}`, answer: 'none' },
  { name: 'story link with an id nested 100,000 deep', hostile: true, fragment: () => fragmentOf(`{"id":${'['.repeat(100_000)}"x"${']'.repeat(100_000)},"title":"Deep","summary":"x","steps":[]}`), answer: 'notice' },
  { name: '272 KB story link that would unpack to 200 MB', hostile: true, fragment: bigPackedLink, answer: 'notice' },
  { name: 'story link with a 200,000-character id (the story opens)', hostile: true, fragment: () => fragmentOf(soundStory({ id: 'a'.repeat(200_000) })), answer: 'notice' },
];

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
  await page.evaluate(CALM);
  return page.evaluate(() => {
    const probe = (window as unknown as { __mainThread: { longTask: number; animationFrame: number } }).__mainThread;
    return { longTask: Math.round(probe.longTask), animationFrame: Math.round(probe.animationFrame) };
  });
}

/** One round: a fresh browser on the deployment build, every case pasted in turn into its open map. */
export async function mainThreadRound(url: string): Promise<MainThreadFigure[]> {
  const { page, close } = await openFreshPage();
  try {
    await page.goto(`${url}?date=2015-09`);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 90_000 });
    const figures: MainThreadFigure[] = [];
    for (const c of MAIN_THREAD_CASES) figures.push(await measureCase(page, c));
    return figures;
  } finally {
    await close();
  }
}
