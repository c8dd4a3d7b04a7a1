// The messages between the projector window (briefing mode) and its presenter window: checked field by field, never
// trusted, never written into the page as HTML. The projector holds the step; the presenter asks to move it.

import { isPlainObject } from '../../outside/story';
import { isStoryId, MAX_STEPS } from '../../outside/vocabulary';

export const PRESENTER_NAMESPACE = 'eu-migration-map/presenter';

/** Presenter -> projector. `hello` is also the presenter's heartbeat: a reloaded projector answers it and reconnects. */
export type PresenterMessage =
  | { namespace: typeof PRESENTER_NAMESPACE; type: 'hello' }
  /** The presenter window is going (closed or reloaded): WebKitGTK 2.50 never sets the opener's handle's `closed`. */
  | { namespace: typeof PRESENTER_NAMESPACE; type: 'bye' }
  | { namespace: typeof PRESENTER_NAMESPACE; type: 'go'; storyId: string; step: number };

/** Projector -> presenter: the story on screen (checked again by the presenter against the story schema), and its step. */
export type ProjectorMessage = { namespace: typeof PRESENTER_NAMESPACE; type: 'state'; story: unknown; step: number } | { namespace: typeof PRESENTER_NAMESPACE; type: 'idle' };

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((k) => allowed.includes(k));
}

const isStep = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < MAX_STEPS;

/** A message from a presenter window, exactly; otherwise null. Never throws. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  try {
    if (!isPlainObject(data) || data['namespace'] !== PRESENTER_NAMESPACE) return null;
    if (data['type'] === 'hello') return onlyKeys(data, ['namespace', 'type']) ? { namespace: PRESENTER_NAMESPACE, type: 'hello' } : null;
    if (data['type'] === 'bye') return onlyKeys(data, ['namespace', 'type']) ? { namespace: PRESENTER_NAMESPACE, type: 'bye' } : null;
    if (data['type'] !== 'go' || !onlyKeys(data, ['namespace', 'type', 'storyId', 'step'])) return null;
    const { storyId, step } = data;
    if (typeof storyId !== 'string' || !isStoryId(storyId) || !isStep(step)) return null;
    return { namespace: PRESENTER_NAMESPACE, type: 'go', storyId, step };
  } catch {
    return null;
  }
}

/** A message from the projector window, with its story still to be checked against the story schema; otherwise null. */
export function parseProjectorMessage(data: unknown): ProjectorMessage | null {
  try {
    if (!isPlainObject(data) || data['namespace'] !== PRESENTER_NAMESPACE) return null;
    if (data['type'] === 'idle') return onlyKeys(data, ['namespace', 'type']) ? { namespace: PRESENTER_NAMESPACE, type: 'idle' } : null;
    if (data['type'] !== 'state' || !onlyKeys(data, ['namespace', 'type', 'story', 'step'])) return null;
    if (!isStep(data['step']) || !isPlainObject(data['story'])) return null;
    return { namespace: PRESENTER_NAMESPACE, type: 'state', story: data['story'], step: data['step'] };
  } catch {
    return null;
  }
}

/** postMessage's target origin: the page's own over http(s); "*" from file://, where every file is an opaque origin. */
export function targetOrigin(loc: Pick<Location, 'protocol' | 'origin'> = location): string {
  return loc.protocol === 'file:' ? '*' : loc.origin;
}

/** Whether a message event may come from the other window: over http(s) it must be of this origin. */
export function sameOriginOrFile(eventOrigin: string, loc: Pick<Location, 'protocol' | 'origin'> = location): boolean {
  return loc.protocol === 'file:' ? eventOrigin === 'null' || eventOrigin === 'file://' : eventOrigin === loc.origin;
}
