// Connects the store to a host page through postMessage: commands in (validated, from allowed origins only),
// selections, views and the wanted height out (to allowed origins only).
import type { Story } from '../data/stories';
import { applyStoryStep } from '../state/story';
import type { AppStore } from '../state/store';
import { encode, inTimeline, type KnownIds } from '../state/url';
import { linkState } from '../state/url-sync';
import { MESSAGE_NAMESPACE, parseInbound, type OutboundMessage } from './messages';
import { allowedOrigins, BUILT_ORIGINS } from './origins';
import { watchWantedHeight } from './height';
import { TIMELINE_END, TIMELINE_START } from '../state/defaults';

export interface HostOptions {
  /** The host page's window. */
  target?: Window;
  /** Allowed host origins; null for any. By default from the build option and the page's `origins` parameter. */
  origins?: readonly string[] | null;
  /** The page address links are built on (no query). */
  pageAddress?: string;
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
export function handleHostMessage(store: AppStore, known: KnownIds, stories: readonly Story[], data: unknown, base: string): OutboundMessage[] {
  const message = parseInbound(data);
  if (!message) return [];
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
  if (message.story) {
    const story = stories.find((x) => x.id === message.story?.id);
    const step = story?.steps[message.story.step - 1];
    if (story && step) applyStoryStep(store, story.id, message.story.step - 1, step);
    else replies.push({ namespace: MESSAGE_NAMESPACE, type: 'error', message: `unknown story step ${message.story.id} ${message.story.step}` });
  }
  if (message.date) s.setDate(message.date);
  if (message.compare !== undefined) {
    // The months the timeline has, as a link's `compare=` is checked; the message's text is not repeated.
    if (message.compare === null || [message.compare.a, message.compare.b].every(inTimeline)) s.setCompare(message.compare);
    else replies.push({ namespace: MESSAGE_NAMESPACE, type: 'error', message: `compare months outside the timeline (${TIMELINE_START} to ${TIMELINE_END})` });
  }
  if (message.selection !== undefined) {
    if (message.selection === null || known.has(message.selection.kind, message.selection.id)) s.select(message.selection);
    else replies.push({ namespace: MESSAGE_NAMESPACE, type: 'error', message: `unknown ${message.selection.kind} ${message.selection.id}` });
  }
  replies.push(view());
  return replies;
}

export function connectHost(store: AppStore, known: KnownIds, stories: readonly Story[], options: HostOptions = {}): () => void {
  const target = options.target ?? window.parent;
  if (target === window) return () => undefined;
  const origins = options.origins !== undefined ? options.origins : allowedOrigins(BUILT_ORIGINS, new URLSearchParams(location.search).get('origins'));
  const base = options.pageAddress ?? pageAddress();
  // With an allow-list, a message is posted once per allowed origin: the browser delivers only the one that matches
  // the host's actual origin, so nothing reaches a page the list does not name.
  const send = (message: OutboundMessage, to?: string): void => {
    if (to !== undefined) target.postMessage(message, to);
    else if (origins === null) target.postMessage(message, '*');
    else for (const origin of origins) target.postMessage(message, origin);
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== target) return;
    if (origins !== null && !origins.includes(event.origin)) return;
    for (const reply of handleHostMessage(store, known, stories, event.data, base)) send(reply, origins === null ? undefined : event.origin);
  };
  window.addEventListener('message', onMessage);
  const off = store.subscribe(
    (s) => s.selection,
    (selection) => send({ namespace: MESSAGE_NAMESPACE, type: 'selection', selection }),
  );
  send({ namespace: MESSAGE_NAMESPACE, type: 'ready', version: 1 });
  const stopHeight = watchWantedHeight((height) => send({ namespace: MESSAGE_NAMESPACE, type: 'height', height }));
  return () => {
    window.removeEventListener('message', onMessage);
    off();
    stopHeight();
  };
}
