// Connects the store to a host page through postMessage: commands in (validated), selections out.
import type { Story } from '../data/stories';
import { applyStoryStep } from '../state/story';
import type { AppStore } from '../state/store';
import type { KnownIds } from '../state/url';
import { MESSAGE_NAMESPACE, parseInbound, type OutboundMessage } from './messages';

export function connectHost(store: AppStore, known: KnownIds, stories: readonly Story[], target: Window = window.parent): () => void {
  if (target === window) return () => undefined;
  const send = (message: OutboundMessage): void => target.postMessage(message, '*');
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== target) return;
    const message = parseInbound(event.data);
    if (!message) return;
    const s = store.getState();
    if (message.type === 'get-view') {
      send({ namespace: MESSAGE_NAMESPACE, type: 'view', date: s.time.date, selection: s.selection, link: location.href });
      return;
    }
    if (message.story) {
      const story = stories.find((x) => x.id === message.story?.id);
      const step = story?.steps[message.story.step - 1];
      if (story && step) applyStoryStep(store, story.id, message.story.step - 1, step);
      else send({ namespace: MESSAGE_NAMESPACE, type: 'error', message: `unknown story step ${message.story.id} ${message.story.step}` });
    }
    if (message.date) s.setDate(message.date);
    if (message.selection !== undefined) {
      if (message.selection === null || known.has(message.selection.kind, message.selection.id)) s.select(message.selection);
      else send({ namespace: MESSAGE_NAMESPACE, type: 'error', message: `unknown ${message.selection.kind} ${message.selection.id}` });
    }
    const after = store.getState();
    send({ namespace: MESSAGE_NAMESPACE, type: 'view', date: after.time.date, selection: after.selection, link: location.href });
  };
  window.addEventListener('message', onMessage);
  const off = store.subscribe(
    (s) => s.selection,
    (selection) => send({ namespace: MESSAGE_NAMESPACE, type: 'selection', selection }),
  );
  send({ namespace: MESSAGE_NAMESPACE, type: 'ready', version: 1 });
  return () => {
    window.removeEventListener('message', onMessage);
    off();
  };
}
