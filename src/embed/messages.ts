// The postMessage API for host pages: inbound commands checked field by field (unknown or malformed ones are
// ignored), and the outbound events the map sends. Hand-written checks keep a schema library out of the bundle.

import { isMonth, isRecordId, isScheme, isSelectionKind, isStoryId, MAX_STEPS, type Scheme, type SelectionKind } from '../outside/vocabulary';
import { isPlainObject } from '../outside/story';

export const MESSAGE_NAMESPACE = 'eu-migration-map';

/** Two months to compare, A first (the map at A and at B, as the link's `compare=A,B`). */
export interface MessageCompare {
  a: string;
  b: string;
}

export interface MessageSelection {
  kind: SelectionKind;
  id: string;
}

/** Host -> map. */
export type InboundMessage =
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'set-view'; date?: string; selection?: MessageSelection | null; story?: { id: string; step: number }; compare?: MessageCompare | null }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'get-view' }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'set-theme'; theme: Scheme };

/** Map -> host. */
export type OutboundMessage =
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'ready'; version: 1 }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'selection'; selection: { kind: string; id: string } | null }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'view'; date: string; selection: { kind: string; id: string } | null; compare: MessageCompare | null; link: string }
  /** A command refused, or a part of it: `field` names the part, `message` says why in the embed's language (short). */
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'error'; message: string; field?: string }
  /** The height in CSS pixels the embed would like for its current width and content (see src/embed/height.ts). */
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'height'; height: number };

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((k) => allowed.includes(k));
}

function parseSelection(value: unknown): MessageSelection | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !onlyKeys(value, ['kind', 'id'])) return undefined;
  const { kind, id } = value;
  if (typeof kind !== 'string' || !isSelectionKind(kind)) return undefined;
  if (typeof id !== 'string' || !isRecordId(id)) return undefined;
  return { kind, id };
}

function parseCompare(value: unknown): MessageCompare | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !onlyKeys(value, ['a', 'b'])) return undefined;
  const { a, b } = value;
  if (typeof a !== 'string' || typeof b !== 'string' || !isMonth(a) || !isMonth(b) || a === b) return undefined;
  return { a, b };
}

/** Whether a message is addressed to the map (its namespace), understood or not: such a message is answered. */
export function isForTheMap(data: unknown): data is Record<string, unknown> & { type?: unknown } {
  return isPlainObject(data) && data['namespace'] === MESSAGE_NAMESPACE;
}

/**
 * The message if it is one the map understands, exactly (well formed: a month is YYYY-MM, an id is an id); otherwise
 * null. Whether its values are in the map's world (months on the timeline, real records) the bridge checks. Never throws.
 */
export function parseInbound(data: unknown): InboundMessage | null {
  try {
    if (!isPlainObject(data) || data['namespace'] !== MESSAGE_NAMESPACE) return null;
    if (data['type'] === 'get-view') return onlyKeys(data, ['namespace', 'type']) ? { namespace: MESSAGE_NAMESPACE, type: 'get-view' } : null;
    if (data['type'] === 'set-theme') {
      const theme = data['theme'];
      if (!onlyKeys(data, ['namespace', 'type', 'theme']) || typeof theme !== 'string' || !isScheme(theme)) return null;
      return { namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme };
    }
    if (data['type'] !== 'set-view' || !onlyKeys(data, ['namespace', 'type', 'date', 'selection', 'story', 'compare'])) return null;
    const message: Extract<InboundMessage, { type: 'set-view' }> = { namespace: MESSAGE_NAMESPACE, type: 'set-view' };
    if ('date' in data) {
      if (typeof data['date'] !== 'string' || !isMonth(data['date'])) return null;
      message.date = data['date'];
    }
    if ('selection' in data) {
      const selection = parseSelection(data['selection']);
      if (selection === undefined) return null;
      message.selection = selection;
    }
    if ('story' in data) {
      const story = data['story'];
      if (!isPlainObject(story) || !onlyKeys(story, ['id', 'step'])) return null;
      const { id, step } = story;
      if (typeof id !== 'string' || !isStoryId(id) || typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > MAX_STEPS) return null;
      message.story = { id, step };
    }
    if ('compare' in data) {
      const compare = parseCompare(data['compare']);
      if (compare === undefined) return null;
      message.compare = compare;
    }
    return message;
  } catch {
    return null;
  }
}
