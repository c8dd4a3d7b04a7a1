// Driver verbs for hostile input: a story link pasted into the open map, the notices it gives, how long the main
// thread was kept busy (long tasks and gaps between animation frames), whether the page grew wider than its window,
// whether any of the input ran or became an element, and a host page flooding its embed with messages.
import type { Frame } from 'playwright-core';
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Session } from './driver-handles';
import type { BriefingWindow } from './driver-briefing';

/** The fragment of a story link (`#story-data=…`) carrying this text (a story's JSON) or these bytes, packed as the story maker packs it. */
export function storyLinkFragment(content: string | Buffer): string {
  return `#story-data=${deflateRawSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).toString('base64url')}`;
}

/** A link's fragment with this one parameter, as written (`#story-data=not*base64`): what a person may paste. */
export function linkFragment(name: string, value: string): string {
  return `#${name}=${value}`;
}

/** What a window shows of a story someone else wrote. */
export interface StoryTextSeen {
  /** The text a person reads in the window (the projector's briefing card and notices, or the whole presenter view). */
  text: string;
  /** Whether any of the input ran as script or became an element (an image, a script, a link, bold type). */
  ranAsMarkup: boolean;
  /** How many px the page is wider than its window (0: no horizontal scroll). */
  horizontalOverflow: number;
  /**
   * Each long unbroken word on screen (60 characters or more): its first characters, how many lines it takes, and how
   * many px it runs past the box it is written in or the window.
   */
  longWords: Array<{ start: string; lines: number; overflowPx: number }>;
}

export interface HostileVerbs {
  /** Starts measuring how long the main thread of the page (and of the embedded map, if any) is kept from drawing. */
  startWatchingMainThread(): Promise<void>;
  /**
   * Waits until the page has drawn every frame on time for a second (no gap over 100 ms), so that what is measured
   * next is not the end of the previous change; gives up after 30 s and says how long the last gap was.
   */
  waitForCalm(): Promise<void>;
  /** The longest block since startWatchingMainThread, in ms: the longer of the longest long task and the longest gap between two animation frames. */
  longestMainThreadBlock(): Promise<number>;
  /** Pastes a link into the address bar of the open map: only its fragment (#...) changes, so the page does not reload. */
  pasteLinkFragment(fragment: string): Promise<void>;
  /** Waits until the map shows at least one notice; returns every notice shown and the time since the link was pasted. */
  waitForNotices(): Promise<{ notices: string[]; ms: number }>;
  /** How long the app took to read the last story link pasted, unpacking and checking included (its performance measure), in ms. */
  storyLinkReadMs(): Promise<number>;
  /** The notices shown now. */
  noticesShown(): Promise<string[]>;
  /** Dismisses every notice with its × button, as a reader would. */
  dismissNotices(): Promise<void>;
  /** How many px the page is wider than its window (0: no horizontal scroll). */
  horizontalOverflow(): Promise<number>;
  /** How many px the widest text of the briefing card, the story picker and the notices runs past its box. */
  userTextOverflow(): Promise<number>;
  /** Whether any of the input ran as script or became an element (an image, a script or a link it carried). */
  inputRanAsMarkup(): Promise<boolean>;
  /** The story title and step title the briefing card shows, and how the title is drawn (its element and bidi isolation). */
  storyCard(): Promise<{ title: string; step: string; isolated: boolean } | null>;
  /** Every console warning of the page and its frames so far. */
  consoleWarnings(): string[];
  /** The host page posts these messages to its embed as fast as it can (500 a task); returns the host's time to post them all. */
  floodEmbed(messages: unknown[]): Promise<number>;
  /** Waits for this many animation frames of the embedded map (its own clock, not a timer). */
  waitForEmbedFrames(count: number): Promise<void>;
  /** What the projector window or the presenter window shows of the story: its text, markup, overflow and long words. */
  storyTextIn(window: BriefingWindow): Promise<StoryTextSeen>;
  /**
   * The printed handout laid out for print (after printHandout): each of its boxes whose text runs past the box or past
   * the handout's own width, with the px it runs over (an empty list: everything fits its page).
   */
  handoutOverflow(): Promise<string[]>;
  /** The month the page shows: the timeline's date on the map, the date line of an embedded map ("September 2015"). */
  dateShown(): Promise<string>;
  /** The filters the filter panel shows as active (its chips), by name. */
  activeFilters(): Promise<string[]>;
  /** Leaves briefing mode as a reader going back to the map would: "All stories", then "Leave briefing mode". */
  leaveBriefing(): Promise<void>;
}

/** Reads a window as StoryTextSeen (runs in the page). */
const READ_STORY_TEXT = (which: string) => {
  const inScreen = (el: Element | null): boolean => el !== null && el.closest('.handout') === null;
  const root = which === 'presenter' ? document.body : (document.querySelector('.story-step') ?? document.body);
  const notices = Array.from(document.querySelectorAll<HTMLElement>('.notice')).map((n) => n.innerText);
  const text = [(root as HTMLElement).innerText, ...notices].join('\n');
  const ran = (window as unknown as { hostileRan?: boolean }).hostileRan === true;
  const markup = document.querySelector('img[src="x"], script[data-hostile], a[href^="javascript:"], [data-hostile], [onerror]') !== null;
  const bold = Array.from(document.querySelectorAll('.user-text b, .user-text img, .user-text script, .source-body b, .source-body img, .source-body script')).length > 0;
  const longWords: Array<{ start: string; lines: number; overflowPx: number }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!inScreen(parent) || !parent || parent.closest('script, style, .visually-hidden')) continue;
    const value = node.nodeValue ?? '';
    for (const m of value.matchAll(/\S{60,}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index ?? 0);
      range.setEnd(node, (m.index ?? 0) + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (rects.length === 0) continue;
      // The box it is written in: the nearest ancestor that is not inline.
      let box: Element = parent;
      while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      const b = box.getBoundingClientRect();
      const right = Math.max(...rects.map((r) => r.right));
      const left = Math.min(...rects.map((r) => r.left));
      const lines = new Set(rects.map((r) => Math.round(r.top))).size;
      const overflowPx = Math.max(0, right - Math.min(b.right, window.innerWidth), Math.max(b.left, 0) - left);
      longWords.push({ start: m[0].slice(0, 12), lines, overflowPx: Math.round(overflowPx) });
    }
  }
  const horizontalOverflow = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
  return { text, ranAsMarkup: ran || markup || bold, horizontalOverflow, longWords };
};

const PROBE = () => {
  type Probe = { longest: number; last: number; longTask: number };
  const w = window as unknown as { __blockProbe?: Probe };
  if (w.__blockProbe) {
    Object.assign(w.__blockProbe, { longest: 0, longTask: 0, last: performance.now() });
    return;
  }
  const probe: Probe = { longest: 0, last: performance.now(), longTask: 0 };
  w.__blockProbe = probe;
  const tick = (now: number): void => {
    probe.longest = Math.max(probe.longest, now - probe.last);
    probe.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTask = Math.max(probe.longTask, entry.duration);
    }).observe({ type: 'longtask' });
  } catch {
    // No long-task timing: the frame gaps still tell.
  }
};

const READ_PROBE = () => {
  const probe = (window as unknown as { __blockProbe?: { longest: number; last: number; longTask: number } }).__blockProbe;
  if (!probe) return 0;
  // The gap still open counts too: a block that has not ended yet is the longest of all.
  return Math.max(probe.longest, probe.longTask, performance.now() - probe.last);
};

export function hostileVerbs(s: Session): HostileVerbs {
  const frames = (): Frame[] => (s.view() === s.page.mainFrame() ? [s.page.mainFrame()] : [s.page.mainFrame(), s.view()]);
  const verbs: HostileVerbs = {
    async startWatchingMainThread() {
      for (const frame of frames()) await frame.evaluate(PROBE);
      // Two frames, so the probe's first gap is not the time this call took.
      await s.view().evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
      for (const frame of frames()) await frame.evaluate(PROBE);
    },
    async waitForCalm() {
      for (const frame of frames()) {
        await frame.evaluate(
          () =>
            new Promise<void>((resolve, reject) => {
              const started = performance.now();
              let last = started;
              let calmSince = started;
              const tick = (now: number): void => {
                if (now - last > 100) calmSince = now;
                last = now;
                if (now - calmSince >= 1000) resolve();
                else if (now - started > 30_000) reject(new Error('the page did not calm down within 30 s'));
                else requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            }),
        );
      }
    },
    async longestMainThreadBlock() {
      let longest = 0;
      for (const frame of frames()) longest = Math.max(longest, await frame.evaluate(READ_PROBE));
      return Math.round(longest);
    },
    async pasteLinkFragment(fragment) {
      await s.view().evaluate((hash) => {
        (window as unknown as { __pastedAt: number }).__pastedAt = performance.now();
        location.hash = hash;
      }, fragment);
    },
    async waitForNotices() {
      const ms = await s.view().evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const started = (window as unknown as { __pastedAt?: number }).__pastedAt ?? performance.now();
            const give = setTimeout(() => reject(new Error('no notice within 30 s')), 30_000);
            const look = (): void => {
              if (document.querySelector('.notice')) {
                clearTimeout(give);
                resolve(performance.now() - started);
              } else requestAnimationFrame(look);
            };
            look();
          }),
      );
      return { notices: await verbs.noticesShown(), ms: Math.round(ms) };
    },
    storyLinkReadMs: () =>
      s.view().evaluate(() => {
        const entries = performance.getEntriesByName('eu-migration-map: story link read');
        return Math.round(entries.at(-1)?.duration ?? -1);
      }),
    noticesShown: () => s.view().locator('.notice > span').allInnerTexts(),
    async dismissNotices() {
      const buttons = s.view().locator('.notice-dismiss');
      while ((await buttons.count()) > 0) await buttons.first().click();
    },
    horizontalOverflow: () => s.view().evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth),
    userTextOverflow: () =>
      s.view().evaluate(() => {
        let worst = 0;
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.story-step, .story-step *, .story-menu, .story-menu *, .notice, .notice *'))) {
          if (getComputedStyle(el).display === 'inline') continue;
          worst = Math.max(worst, el.scrollWidth - el.clientWidth);
        }
        return worst;
      }),
    inputRanAsMarkup: () =>
      s.view().evaluate(() => {
        const ran = (window as unknown as { hostileRan?: boolean }).hostileRan === true;
        return ran || document.querySelector('img[src="x"], script[data-hostile], a[href^="javascript:"], [data-hostile]') !== null;
      }),
    storyCard: () =>
      s.view().evaluate(() => {
        const card = document.querySelector('.story-step');
        if (!card) return null;
        const title = card.querySelector('.story-title .user-text');
        const step = card.querySelector('#story-step-title');
        return {
          title: title?.textContent ?? '',
          step: step?.textContent ?? '',
          isolated: title !== null && title.tagName === 'BDI' && getComputedStyle(title).unicodeBidi === 'isolate',
        };
      }),
    consoleWarnings: () => [...s.consoleWarnings],
    async floodEmbed(messages) {
      return s.page.evaluate(
        (list) =>
          new Promise<number>((resolve) => {
            const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
            const started = performance.now();
            let at = 0;
            const post = (): void => {
              for (const end = Math.min(at + 500, list.length); at < end; at++) target.postMessage(list[at], '*');
              if (at < list.length) setTimeout(post, 0);
              else resolve(performance.now() - started);
            };
            post();
          }),
        messages,
      );
    },
    async storyTextIn(which) {
      const page: Page | undefined = which === 'projector' ? s.page : s.context.pages().find((p) => p !== s.page);
      if (!page) throw new Error('no presenter window is open');
      return page.evaluate(READ_STORY_TEXT, which);
    },
    async handoutOverflow() {
      await s.page.emulateMedia({ media: 'print' });
      try {
        return await s.page.evaluate(() => {
          const handout = document.querySelector('.handout');
          if (!handout) throw new Error('no handout on the page');
          const right = handout.getBoundingClientRect().right;
          const over: string[] = [];
          for (const el of Array.from(handout.querySelectorAll<HTMLElement>('*'))) {
            if (el.closest('svg') || getComputedStyle(el).display.startsWith('inline')) continue;
            const past = Math.max(el.scrollWidth - el.clientWidth, el.getBoundingClientRect().right - right);
            if (past > 1) over.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(past)} px: ${(el.textContent ?? '').slice(0, 24)}`);
          }
          return over;
        });
      } finally {
        await s.page.emulateMedia({ media: null });
      }
    },
    async dateShown() {
      const shown = s.view().getByTestId('timeline-date').or(s.view().locator('.embed-date'));
      return (await shown.first().innerText()).trim();
    },
    async activeFilters() {
      const chips = await s.view().getByRole('list', { name: 'Active filters' }).getByRole('listitem').allInnerTexts();
      // Each chip reads its name, then its remove button (×).
      return chips.map((chip) => chip.replace(/\s*×\s*$/, '').trim());
    },
    async leaveBriefing() {
      const allStories = s.view().getByRole('button', { name: 'All stories' });
      if ((await allStories.count()) > 0) await allStories.first().click();
      await s.view().getByRole('button', { name: 'Leave briefing mode' }).click();
    },
    async waitForEmbedFrames(count) {
      await s.view().evaluate(
        (n) =>
          new Promise<void>((resolve) => {
            let left = n;
            const next = (): void => {
              left -= 1;
              if (left <= 0) resolve();
              else requestAnimationFrame(next);
            };
            requestAnimationFrame(next);
          }),
        count,
      );
    },
  };
  return verbs;
}
