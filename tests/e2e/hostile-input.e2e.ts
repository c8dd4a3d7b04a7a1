// Hostile input against the deployment build: story links, links and host messages written to hurt the reader, each a
// person pasting a link into the open map or a host page posting messages to its embed. Each case gives a short
// message (or an error to the host), and the page stays usable: no page error or unhandled rejection, no notice over
// 300 characters, no horizontal scroll at 1280 px, no text running out of the card, nothing of the input run or drawn
// as markup, and where the input was refused the view a person had before kept (the timeline's date, the dossier, the
// address). Time on this machine (software WebGL, two cores shared with other test runs) is not decidable to 300 ms: the
// gaps between frames this spec reads include the GPU process drawing the map in software (a story that opens gives gaps
// of half a second while briefing mode is drawn), and the same case measured twice differs by a factor of two. So
// every figure is measured and printed (the story link's own read time, a performance measure the app makes; the
// longest main-thread block, long tasks and gaps between frames, next to the block of a harmless input that does the
// same on screen), and the spec fails on a freeze (the 2.4 s unpacking and the 16 s flood of before), not on noise; the
// 300 ms bound of the issue is a line of `npm run bench`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { linkFragment, storyLinkFragment as fragmentOf } from './driver-hostile';

const baseUrl = inject('baseUrl');
const WAIT = { timeout: 20_000, interval: 100 };
const NOTICE_MAX = 300;
/** A text of `n` times `text`. */
const many = (text: string, n: number): string => text.repeat(n);
/** The filter panel's chips for the filters of the step that names records which exist (an agreement type, a group, an organisation). */
const FILTERS_SHOWN = ['Dialogue', 'Eastern Partnership', 'IOM'];
/** Beyond the harmless baseline, what counts as a freeze on this machine (see above). */
const FREEZE_MS = 2_000;

const SOURCE = { background: 'A fact stated by the dataset', reference: 'OJ L 1, 1.1.2016' };
const step = (title: string, state: Record<string, unknown> = {}, more: Record<string, unknown> = {}) => ({ title, text: 'What this step shows.', camera: { lon: 15, lat: 38, zoom: 3 }, state: { date: '2016-03', layers: ['routes'], ...state }, sources: [SOURCE], ...more });
const story = (fields: Record<string, unknown>) => JSON.stringify({ id: 'hostile', title: 'A story', summary: 'About it', steps: [step('Sound step')], ...fields });

/** What the measurements of each case were, for the report at the end. */
const measured: Array<{ name: string; blockMs: number; noticeMs: number; longestNotice: number; readMs?: number }> = [];

/** The longest block a sound story link causes when it opens, and a harmless refused link causes (measured first). */
let openingBaseline = 0;
let noticeBaseline = 0;

/** The checks every case ends with; `opens` when the case opens a story (held to the sound story's block plus 300 ms). */
async function expectUsable(map: MapDriver, name: string, noticeMs: number, opens: boolean | number = false): Promise<string[]> {
  const notices = await map.noticesShown();
  const blockMs = await map.longestMainThreadBlock();
  const readMs = noticeMs > 0 ? await map.storyLinkReadMs() : undefined;
  measured.push({ name, blockMs, noticeMs, longestNotice: Math.max(0, ...notices.map((n) => n.length)), ...(readMs === undefined ? {} : { readMs }) });
  for (const n of notices) expect(n.length, `${name}: a notice of ${n.length} characters`).toBeLessThanOrEqual(NOTICE_MAX);
  expect(map.consoleErrors, `${name}: page errors`).toEqual([]);
  expect(await map.horizontalOverflow(), `${name}: horizontal scroll`).toBe(0);
  expect(await map.userTextOverflow(), `${name}: text running out of the card`).toBeLessThanOrEqual(1);
  expect(await map.inputRanAsMarkup(), `${name}: input run or drawn as markup`).toBe(false);
  // The reader's own time, unpacking and checking included (streamed: other work runs between its chunks).
  if (readMs !== undefined) expect(readMs, `${name}: story link read`).toBeLessThanOrEqual(FREEZE_MS);
  const baseline = typeof opens === 'number' ? opens : opens ? openingBaseline : noticeBaseline;
  expect(blockMs, `${name}: main thread blocked`).toBeLessThanOrEqual(baseline + FREEZE_MS);
  return notices;
}

describe('story links that try to hurt the reader', { timeout: 180_000 }, () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    await map.open('?date=2015-09');
  }, 90_000);
  afterAll(async () => {
    console.log(`hostile input, measured:\n${measured.map((m) => `  ${m.name}: notice after ${m.noticeMs} ms (read ${m.readMs ?? '-'} ms), longest block ${m.blockMs} ms, longest notice ${m.longestNotice} chars`).join('\n')}`);
    await map.close();
  });

  /** What a person sees of the view before a link that should be refused: the timeline's date, the dossier's title, the address's query. */
  async function viewSeen(): Promise<{ date: string; dossier: string; query: string }> {
    return { date: await map.dateShown(), dossier: await map.panelTitle(), query: new URL(await map.currentAddress()).search };
  }

  /** The explore map at September 2015 with Niger's dossier open, as a person had it before a link that should be refused. */
  async function givenNigerIn2015(): Promise<{ date: string; dossier: string; query: string }> {
    await map.dismissNotices();
    await map.givenMode('explore');
    await map.givenMonth('2015-09');
    await map.givenSelection({ kind: 'country', id: 'NE' });
    await expect.poll(async () => (await viewSeen()).query, WAIT).toContain('sel=country');
    const before = await viewSeen();
    expect(before.date).toBe('September 2015');
    expect(before.dossier).toBe('Niger');
    return before;
  }

  /** Nothing opened and the view kept: still on the map, the same date, dossier and address. */
  async function expectKept(before: { date: string; dossier: string; query: string }): Promise<void> {
    expect(await map.storyCard()).toBeNull();
    expect(await viewSeen()).toEqual(before);
  }

  /** A person on the explore map pastes the link; returns the notices and the time until the first. */
  async function paste(fragment: string): Promise<{ notices: string[]; ms: number }> {
    await map.dismissNotices();
    await map.givenMode('explore');
    await map.waitForIdle();
    await map.waitForCalm();
    await map.startWatchingMainThread();
    await map.pasteLinkFragment(fragment);
    return map.waitForNotices();
  }

  it('a sound story link opens in briefing mode (the baseline for the cases that open a story)', async () => {
    await map.dismissNotices();
    await map.waitForIdle();
    await map.waitForCalm();
    await map.startWatchingMainThread();
    await map.pasteLinkFragment(fragmentOf(story({ id: 'sound' })));
    await expect.poll(async () => (await map.storyCard())?.step, WAIT).toBe('Sound step');
    await map.waitForIdle();
    await map.waitForCalm();
    openingBaseline = await map.longestMainThreadBlock();
    measured.push({ name: 'sound story link (baseline)', blockMs: openingBaseline, noticeMs: 0, longestNotice: 0 });
    expect(await map.noticesShown()).toEqual([]);
  });

  it('a link whose story cannot be read at all gives one notice (the baseline for the cases refused)', async () => {
    const { notices, ms } = await paste(linkFragment('story-data', 'not*base64'));
    expect(notices).toEqual(['Story link, story-data: cannot be read; it may have been cut. Not opened.']);
    await map.waitForIdle();
    await map.waitForCalm();
    noticeBaseline = await map.longestMainThreadBlock();
    measured.push({ name: 'unreadable story link (baseline)', blockMs: noticeBaseline, noticeMs: ms, longestNotice: notices[0]!.length });
  });

  it('an id nested as arrays 100,000 deep (a link of a few hundred characters): one message, nothing opened', async () => {
    const before = await givenNigerIn2015();
    const fragment = fragmentOf(`{"id":${many('[', 100_000)}"x"${many(']', 100_000)},"title":"Deep","summary":"x","steps":[]}`);
    expect(fragment.length).toBeLessThan(1_000);
    const { notices, ms } = await paste(fragment);
    expect(notices).toEqual(['Story link, story-data: nested too deeply. Not opened.']);
    await expectKept(before);
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, '100,000-deep id', ms);
  });

  it('a 200,000-character id: one short message quoting 30 characters, the story opens under an id of its own', async () => {
    const { notices, ms } = await paste(fragmentOf(story({ id: many('a', 200_000) })));
    expect(notices).toEqual([`Story link, id “${many('a', 30)}…”: not in the expected form. Left out.`]);
    await expect.poll(async () => (await map.storyCard())?.step, WAIT).toBe('Sound step');
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, '200,000-char id', ms, true);
  });

  it('a 272 KB link that would unpack to 200 MB is refused before it is unpacked', async () => {
    const fragment = fragmentOf(Buffer.alloc(200 * 1024 * 1024, 32));
    expect(fragment.length).toBeGreaterThan(250_000);
    // The browser's own cost of an address this long, with no story in it: the baseline of this case.
    await map.dismissNotices();
    await map.waitForCalm();
    await map.startWatchingMainThread();
    await map.pasteLinkFragment(linkFragment('not-a-story', many('A', fragment.length)));
    await map.waitForCalm();
    const addressBaseline = await map.longestMainThreadBlock();
    measured.push({ name: 'a 272 KB fragment with no story (baseline)', blockMs: addressBaseline, noticeMs: 0, longestNotice: 0 });
    const before = await givenNigerIn2015();
    const { notices, ms } = await paste(fragment);
    expect(notices).toEqual(['Story link, story-data: larger than 16,000 bytes. Not opened.']);
    await expectKept(before);
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, '272 KB link inflating to 200 MB', ms, Math.max(addressBaseline, noticeBaseline));
  });

  it('a 14 KB link that unpacks to 10 MB is stopped at 256 KB while it unpacks', async () => {
    const fragment = fragmentOf(Buffer.alloc(10 * 1024 * 1024, 32));
    expect(fragment.length).toBeLessThan(16_000);
    const before = await givenNigerIn2015();
    const { notices, ms } = await paste(fragment);
    expect(notices).toEqual(['Story link, story-data: larger than 262,144 bytes. Not opened.']);
    await expectKept(before);
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, '14 KB link inflating to 10 MB', ms);
  });

  it('a step dated 1900-01 is left out with a message; the sound step is shown', async () => {
    const { notices, ms } = await paste(fragmentOf(story({ steps: [step('Old step', { date: '1900-01' }), step('Sound step')] })));
    expect(notices).toEqual(['Story link, step 1, date “1900-01”: outside the timeline (2004-01…2025-12). Step left out.']);
    await expect.poll(async () => (await map.storyCard())?.step, WAIT).toBe('Sound step');
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, 'step dated 1900-01', ms, true);
    // Back on the map, the timeline stands at the sound step's month.
    await map.leaveBriefing();
    expect(await map.dateShown()).toBe('March 2016');
  });

  it('filter values that name no record are left out with a message; the real ones are applied', async () => {
    const filters = { groups: ['sahel-nowhere', 'eastern-partnership'], organisations: ['ghost-org', 'iom'], agreementTypes: ['no-such-type', 'dialogue'] };
    const { notices, ms } = await paste(fragmentOf(story({ steps: [step('Filtered step', { filters })] })));
    expect(notices).toEqual(['Story link, step 1, filters.groups “sahel-nowhere”: names no record of this map. Left out.']);
    await expect.poll(async () => (await map.storyCard())?.step, WAIT).toBe('Filtered step');
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, 'filter values naming no record', ms, true);
    // Back on the map, the filter panel shows the real ones as active, and nothing for the others.
    await map.leaveBriefing();
    expect((await map.activeFilters()).sort()).toEqual(FILTERS_SHOWN);
  });

  it('a right-to-left override and markup in a title are shown as plain, isolated text', async () => {
    const title = 'Report \u202Efdp.exe\u202C <img src=x onerror="self.hostileRan=true"> \u200Bdone';
    const { notices, ms } = await paste(fragmentOf(story({ title })));
    expect(notices).toEqual(['Story link, title: hidden direction or zero-width characters. Removed.']);
    await expect.poll(async () => (await map.storyCard())?.title, WAIT).toBe('Report fdp.exe <img src=x onerror="self.hostileRan=true"> done');
    expect((await map.storyCard())?.isolated).toBe(true);
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, 'U+202E in a title', ms, true);
  });

  it('long unbroken words wrap inside the card; a title over its limit is cut with a message', async () => {
    const { notices, ms } = await paste(fragmentOf(story({ title: many('W', 300), steps: [step(many('M', 80), {}, { text: many('x', 400) })] })));
    expect(notices).toEqual([`Story link, title “${many('W', 30)}…”: longer than 120 characters. Cut to fit.`]);
    await expect.poll(async () => (await map.storyCard())?.title.length, WAIT).toBe(120);
    await map.waitForIdle();
    await map.waitForCalm();
    await expectUsable(map, 'long unbroken words', ms, true);
  });
});

describe('links that try to hurt the reader', { timeout: 120_000 }, () => {
  it('a link dated 1900-01 naming organisations that do not exist: short notices, the default date, no filter', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await map.open(`?date=1900-01&org=ghost-org,${many('z', 5_000)}`);
      await map.startWatchingMainThread();
      const notices = await expectUsable(map, 'link dated 1900-01 with unknown organisations', 0);
      expect(notices).toEqual(['Link, date “1900-01”: outside the timeline (2004-01…2025-12). Left out.', 'Link, org “ghost-org”: names no record of this map. Left out.']);
      expect(await map.dateShown()).toBe('September 2015');
      expect(await map.activeFilters()).toEqual([]);
    } finally {
      await map.close();
    }
  });
});

describe('a host page that tries to hurt its embed', { timeout: 150_000 }, () => {
  const hostPage = (src: string): string => `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
    <iframe id="embed" title="Migration map" src="${src}" style="border:0;width:900px;height:560px"></iframe>
    <script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>
  </body></html>`;

  it('an origin list with no valid entry answers no host, and the embed says so once in its console', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await map.openHostPage(hostPage(`/embed.html?date=2015-09&origins=${encodeURIComponent('javascript:alert(1),*,null')}`));
      await map.waitForEmbeddedMap();
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'get-view' });
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '2020-01' });
      await map.waitForEmbedFrames(30);
      expect(await map.hostReceived()).toEqual([]);
      expect(await map.dateShown()).toBe('September 2015');
      expect(map.consoleWarnings().filter((w) => w.includes('answers no host page'))).toHaveLength(1);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('10,000 set-view messages are applied as the last one and answered once a frame; 1900-01 is answered with an error', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await map.openHostPage(hostPage('/embed.html?date=2015-09'));
      await map.waitForEmbeddedMap();
      await map.waitForHostMessage({ type: 'ready' });
      // The baseline: one set-view, the map redrawn at another date.
      await map.waitForCalm();
      await map.startWatchingMainThread();
      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '2019-01' });
      await map.waitForHostMessage({ type: 'view', date: '2019-01' });
      await map.waitForEmbeddedMap();
      await map.waitForCalm();
      const oneMessageMs = await map.longestMainThreadBlock();
      await map.startWatchingMainThread();
      const flood = Array.from({ length: 10_000 }, (_, i) => ({ namespace: 'eu-migration-map', type: 'set-view', date: i === 9_999 ? '2020-01' : '2016-03' }));
      const hostMs = await map.floodEmbed(flood);
      await map.waitForHostMessage({ type: 'view', date: '2020-01' });
      await map.waitForEmbeddedMap();
      await map.waitForCalm();
      const views = (await map.hostReceived()).filter((m) => m.type === 'view');
      const blockMs = await map.longestMainThreadBlock();
      measured.push({ name: '10,000-message flood', blockMs, noticeMs: Math.round(hostMs), longestNotice: 0 });
      console.log(`flood: host posted 10,000 messages in ${Math.round(hostMs)} ms, got ${views.length} view replies; longest block ${blockMs} ms (one set-view: ${oneMessageMs} ms)`);
      // At most one answer a frame, whatever the number of messages: a few dozen at most while the host posts, not 10,000.
      expect(views.length).toBeLessThanOrEqual(50);
      expect(views.at(-1)?.date).toBe('2020-01');
      // The host's own posting runs on the same thread (same origin, one process): it counts as the host's own.
      expect(blockMs).toBeLessThanOrEqual(oneMessageMs + hostMs + FREEZE_MS);

      await map.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '1900-01' });
      await map.waitForHostMessage({ type: 'error', field: 'date' });
      const error = (await map.hostReceived()).find((m) => m.type === 'error');
      expect(String(error?.['message'])).toBe('Host page, date “1900-01”: outside the timeline (2004-01…2025-12). Left out.');
      expect(await map.dateShown()).toBe('January 2020');
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
