// The projector's side of the presenter view: opens the presenter window, keeps its handle, answers its messages and
// tells it every step change. A reloaded presenter says hello again; a reloaded projector adopts the window it
// opened when that window says hello (its `opener` is this window).
import type { Story } from '../../data/stories';
import { applyStoryStep } from '../../state/story';
import type { AppStore } from '../../state/store';
import { PRESENTER_NAMESPACE, parsePresenterMessage, sameOriginOrFile, targetOrigin, type ProjectorMessage } from './messages';

export const PRESENTER_WINDOW_NAME = 'eu-migration-map-presenter';
/** The query parameter that makes a page of the app its presenter view. */
export const PRESENTER_PARAM = 'presenter';

export interface ProjectorLink {
  /** Opens (or brings forward) the presenter window. Call from a key press or a click: browsers block other pop-ups. */
  open(): void;
  connected(): boolean;
  /** Called with `true` when a presenter window connects and `false` when it closes. */
  onConnection(listener: (connected: boolean) => void): () => void;
  close(): void;
}

/** The presenter's address: this very page (works for the single file on disk), with only the presenter flag and language. */
export function presenterUrl(loc: Location, lang: string): string {
  const url = new URL(loc.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PRESENTER_PARAM, '1');
  if (lang !== 'en') url.searchParams.set('lang', lang);
  return url.toString();
}

function openedByThisWindow(source: MessageEventSource | null): source is Window {
  try {
    // `opener` is one of the few properties readable across origins (file:// pages are opaque origins to each other).
    return source !== null && 'opener' in source && (source as Window).opener === window;
  } catch {
    return false;
  }
}

export function createProjectorLink(store: AppStore, findStory: (id: string) => Story | undefined): ProjectorLink {
  let presenter: Window | null = null;
  let isConnected = false;
  const listeners = new Set<(connected: boolean) => void>();
  const setConnected = (value: boolean): void => {
    if (value === isConnected) return;
    isConnected = value;
    for (const l of listeners) l(value);
  };

  const currentMessage = (): ProjectorMessage => {
    const s = store.getState();
    const story = s.view.mode === 'briefing' && s.view.story ? findStory(s.view.story.id) : undefined;
    if (!story || !s.view.story) return { namespace: PRESENTER_NAMESPACE, type: 'idle' };
    return { namespace: PRESENTER_NAMESPACE, type: 'state', story, step: Math.min(s.view.story.step, story.steps.length - 1) };
  };
  const send = (): void => {
    if (!presenter || presenter.closed) return;
    try {
      presenter.postMessage(currentMessage(), targetOrigin());
    } catch {
      // A window that navigated away or closed in between: its next hello reconnects it.
    }
  };

  const onMessage = (event: MessageEvent): void => {
    if (!sameOriginOrFile(event.origin)) return;
    if (event.source !== presenter && !openedByThisWindow(event.source)) return;
    const message = parsePresenterMessage(event.data);
    if (!message) return;
    // A presenter that says it is going (closed, or reloading: its next hello reconnects it); polling `closed` alone
    // misses it in WebKitGTK 2.50, where the handle of a window that closed itself keeps `closed` false.
    if (message.type === 'bye') {
      if (event.source === presenter) {
        presenter = null;
        setConnected(false);
      }
      return;
    }
    presenter = event.source as Window;
    setConnected(true);
    if (message.type === 'go') {
      const s = store.getState();
      const story = findStory(message.storyId);
      // Only the story on screen moves: a presenter that lags one message behind cannot switch stories.
      if (story && s.view.mode === 'briefing' && s.view.story?.id === story.id && message.step < story.steps.length) applyStoryStep(store, story.id, message.step, story.steps[message.step]!);
    }
    send();
  };
  window.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe(
    (s) => `${s.view.mode}|${s.view.story?.id ?? ''}|${s.view.story?.step ?? ''}`,
    () => send(),
  );
  // A closed presenter leaves the projector as it is; only its controls come back.
  const watch = setInterval(() => {
    if (presenter && presenter.closed) {
      presenter = null;
      setConnected(false);
    }
  }, 500);

  return {
    open() {
      if (presenter && !presenter.closed) {
        presenter.focus();
        return;
      }
      const handle = window.open(presenterUrl(location, store.getState().view.lang), PRESENTER_WINDOW_NAME, 'popup,width=1280,height=800');
      if (handle) {
        presenter = handle;
        handle.focus();
      }
    },
    connected: () => isConnected,
    onConnection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      clearInterval(watch);
      listeners.clear();
    },
  };
}
