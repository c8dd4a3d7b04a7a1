// The postMessage API for host pages: inbound commands checked field by field (unknown or malformed ones are
// ignored), and the outbound events the map sends. Hand-written checks keep a schema library out of the bundle.

export const MESSAGE_NAMESPACE = 'eu-migration-map';

const SELECTION_KINDS = ['country', 'route', 'mission', 'funding'] as const;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const STORY_RE = /^[a-z0-9-]{1,80}$/;
const THEMES = ['light', 'dark', 'auto'] as const;

/** Two months to compare, A first (the map at A and at B, as the link's `compare=A,B`). */
export interface MessageCompare {
  a: string;
  b: string;
}

export interface MessageSelection {
  kind: (typeof SELECTION_KINDS)[number];
  id: string;
}

/** Host -> map. */
export type InboundMessage =
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'set-view'; date?: string; selection?: MessageSelection | null; story?: { id: string; step: number }; compare?: MessageCompare | null }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'get-view' }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'set-theme'; theme: (typeof THEMES)[number] };

/** Map -> host. */
export type OutboundMessage =
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'ready'; version: 1 }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'selection'; selection: { kind: string; id: string } | null }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'view'; date: string; selection: { kind: string; id: string } | null; compare: MessageCompare | null; link: string }
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'error'; message: string }
  /** The height in CSS pixels the embed would like for its current width and content (see src/embed/height.ts). */
  | { namespace: typeof MESSAGE_NAMESPACE; type: 'height'; height: number };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((k) => allowed.includes(k));
}

function parseSelection(value: unknown): MessageSelection | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !onlyKeys(value, ['kind', 'id'])) return undefined;
  const { kind, id } = value;
  if (typeof kind !== 'string' || !(SELECTION_KINDS as readonly string[]).includes(kind)) return undefined;
  if (typeof id !== 'string' || !ID_RE.test(id)) return undefined;
  return { kind: kind as MessageSelection['kind'], id };
}

function parseCompare(value: unknown): MessageCompare | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !onlyKeys(value, ['a', 'b'])) return undefined;
  const { a, b } = value;
  if (typeof a !== 'string' || typeof b !== 'string' || !MONTH_RE.test(a) || !MONTH_RE.test(b) || a === b) return undefined;
  return { a, b };
}

/** The message if it is one the map understands, exactly; otherwise null. Never throws. */
export function parseInbound(data: unknown): InboundMessage | null {
  try {
    if (!isPlainObject(data) || data['namespace'] !== MESSAGE_NAMESPACE) return null;
    if (data['type'] === 'get-view') return onlyKeys(data, ['namespace', 'type']) ? { namespace: MESSAGE_NAMESPACE, type: 'get-view' } : null;
    if (data['type'] === 'set-theme') {
      const theme = data['theme'];
      if (!onlyKeys(data, ['namespace', 'type', 'theme']) || typeof theme !== 'string' || !(THEMES as readonly string[]).includes(theme)) return null;
      return { namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme: theme as (typeof THEMES)[number] };
    }
    if (data['type'] !== 'set-view' || !onlyKeys(data, ['namespace', 'type', 'date', 'selection', 'story', 'compare'])) return null;
    const message: Extract<InboundMessage, { type: 'set-view' }> = { namespace: MESSAGE_NAMESPACE, type: 'set-view' };
    if ('date' in data) {
      if (typeof data['date'] !== 'string' || !MONTH_RE.test(data['date'])) return null;
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
      if (typeof id !== 'string' || !STORY_RE.test(id) || typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 99) return null;
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
