// Connects the store to a host page through postMessage: commands in (validated, from allowed origins only, at most
// one set-view applied and answered per animation frame), selections, views and the wanted height out (to allowed
// origins only). A value outside the map's world is answered with an error, never moved into range silently.
import type { Story } from '../data/stories';
import { applyStoryStep } from '../state/story';
import type { AppStore } from '../state/store';
import { encode, type KnownIds } from '../state/url';
import { linkState } from '../state/url-sync';
import { isForTheMap, MESSAGE_NAMESPACE, parseInbound, type OutboundMessage } from './messages';
import { allowedOrigins, BUILT_ORIGINS, NO_HOST_WARNING } from './origins';
import { watchWantedHeight } from './height';
import { isValidComparison, onTimeline, TIMELINE_END, TIMELINE_START } from '../outside/vocabulary';
import { plainProblems, problem, type DescribeProblems, type Problem } from '../outside/problem';

export interface HostOptions {
  /** The host page's window. */
  target?: Window;
  /** Allowed host origins; null for any. By default from the build option and the page's `origins` parameter. */
  origins?: readonly string[] | null;
  /** The page address links are built on (no query). */
  pageAddress?: string;
  /** Words the errors for the host (in the embed's language). */
  describe?: DescribeProblems;
}

/** The page's address without query or fragment: the base of the links in replies. */
export function pageAddress(href: string = location.href): string {
  return href.split(/[?#]/, 1)[0] ?? href;
}

/** The link to the view the store holds now, built from the state (the address bar may lag or be frozen). */
export function viewLink(store: AppStore, base: string): string {
  return `${base}?${encode(linkState(store.getState()))}`;
}

/** Applies one message from the host, if it is a valid command, and returns the replies. Never throws. */
export function handleHostMessage(store: AppStore, known: KnownIds, stories: readonly Story[], data: unknown, base: string, describe: DescribeProblems = plainProblems): OutboundMessage[] {
  const message = parseInbound(data);
  const error = (p: Problem): OutboundMessage => ({ namespace: MESSAGE_NAMESPACE, type: 'error', message: describe([p])[0] ?? p.code, field: p.field });
  if (!message) {
    // A message addressed to the map that it cannot read is answered (once, shortly); anything else is not its business.
    if (!isForTheMap(data)) return [];
    const type = typeof data['type'] === 'string' ? data['type'] : undefined;
    return [error(problem('embed', type ?? 'type', type && ['set-view', 'get-view', 'set-theme'].includes(type) ? 'malformed' : 'unknown', 'ignored'))];
  }
  const view = (): OutboundMessage => {
    const s = store.getState();
    return { namespace: MESSAGE_NAMESPACE, type: 'view', date: s.time.date, selection: s.selection, compare: s.compare, link: viewLink(store, base) };
  };
  if (message.type === 'get-view') return [view()];
  if (message.type === 'set-theme') {
    store.getState().setScheme(message.theme);
    return [view()];
  }
  const replies: OutboundMessage[] = [];
  const s = store.getState();
  const range = `${TIMELINE_START}…${TIMELINE_END}`;
  if (message.story) {
    const story = stories.find((x) => x.id === message.story?.id);
    const step = story?.steps[message.story.step - 1];
    if (story && step) applyStoryStep(store, story.id, message.story.step - 1, step);
    else replies.push(error(problem('embed', 'story', 'noRecord', 'ignored', `${message.story.id} ${message.story.step}`)));
  }
  if (message.date) {
    // Off the timeline is an error, never a month moved into range without a word.
    if (onTimeline(message.date)) s.setDate(message.date);
    else replies.push(error(problem('embed', 'date', 'offTimeline', 'ignored', message.date, range)));
  }
  if (message.compare !== undefined) {
    if (message.compare === null || isValidComparison(message.compare)) s.setCompare(message.compare);
    else replies.push(error(problem('embed', 'compare', 'badComparison', 'ignored', `${message.compare.a},${message.compare.b}`)));
  }
  if (message.selection !== undefined) {
    if (message.selection === null || known.has(message.selection.kind, message.selection.id)) s.select(message.selection);
    else replies.push(error(problem('embed', 'selection', 'noRecord', 'ignored', `${message.selection.kind}:${message.selection.id}`)));
  }
  replies.push(view());
  return replies;
}

/** How many frames' worth of set-view messages wait at most before one is applied when frames do not come (a hidden frame). */
const FLUSH_FALLBACK_MS = 100;

export function connectHost(store: AppStore, known: KnownIds, stories: readonly Story[], options: HostOptions = {}): () => void {
  const target = options.target ?? window.parent;
  if (target === window) return () => undefined;
  const origins = options.origins !== undefined ? options.origins : allowedOrigins(BUILT_ORIGINS, new URLSearchParams(location.search).get('origins'));
  const base = options.pageAddress ?? pageAddress();
  const describe = options.describe ?? plainProblems;
  // A list given with no valid origin answers no one, and says so once, here.
  if (origins !== null && origins.length === 0) {
    console.warn(NO_HOST_WARNING);
    return () => undefined;
  }
  // With an allow-list, a message is posted once per allowed origin: the browser delivers only the one that matches
  // the host's actual origin, so nothing reaches a page the list does not name.
  const send = (message: OutboundMessage, to?: string): void => {
    if (to !== undefined) target.postMessage(message, to);
    else if (origins === null) target.postMessage(message, '*');
    else for (const origin of origins) target.postMessage(message, origin);
  };
  // Messages are held until the next frame: of a burst, the last set-view and the last set-theme are applied, and the
  // host gets one answer per frame (with the errors of what was applied), whatever the number of messages it sent.
  let pending: { setView?: unknown; setTheme?: unknown; other: unknown[]; origin: string | undefined } | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    const batch = pending;
    pending = null;
    if (!batch) return;
    const replies: OutboundMessage[] = [];
    const run = (data: unknown): void => {
      replies.push(...handleHostMessage(store, known, stories, data, base, describe));
    };
    if (batch.setTheme !== undefined) run(batch.setTheme);
    if (batch.setView !== undefined) run(batch.setView);
    for (const data of batch.other) run(data);
    // One view answer per frame: the last one is the state after everything applied.
    const errors = replies.filter((r) => r.type === 'error').slice(0, 5);
    const lastView = replies.filter((r) => r.type === 'view').at(-1);
    for (const reply of lastView ? [...errors, lastView] : errors) send(reply, batch.origin);
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== target) return;
    if (origins !== null && !origins.includes(event.origin)) return;
    if (!isForTheMap(event.data)) return;
    pending ??= { other: [], origin: origins === null ? undefined : event.origin };
    const type = event.data['type'];
    if (type === 'set-view') pending.setView = event.data;
    else if (type === 'set-theme') pending.setTheme = event.data;
    else if (pending.other.length < 3) pending.other.push(event.data);
    if (!frame) frame = requestAnimationFrame(flush);
    timer ??= setTimeout(flush, FLUSH_FALLBACK_MS);
  };
  window.addEventListener('message', onMessage);
  const off = store.subscribe(
    (s) => s.selection,
    (selection) => send({ namespace: MESSAGE_NAMESPACE, type: 'selection', selection }),
  );
  send({ namespace: MESSAGE_NAMESPACE, type: 'ready', version: 1 });
  const stopHeight = watchWantedHeight((height) => send({ namespace: MESSAGE_NAMESPACE, type: 'height', height }));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    window.removeEventListener('message', onMessage);
    off();
    stopHeight();
  };
}
