// The host bridge: every message a host (or anyone) can post is applied or ignored without throwing, the state
// stays in range, and the replies carry a link built from the state.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { handleHostMessage } from '../../src/embed/bridge';
import { MESSAGE_NAMESPACE } from '../../src/embed/messages';
import { allowedOrigins, parseOriginList } from '../../src/embed/origins';
import { createAppStore } from '../../src/state/store';
import { decode, type KnownIds } from '../../src/state/url';
import { RECORD_ID_PATTERN as ID_RE } from '../../src/outside/vocabulary';
import { SCHEMES, SELECTION_KINDS } from '../../src/state/types';
import { TIMELINE_END, TIMELINE_START } from '../../src/state/defaults';
import { monthIndex } from '../../src/state/month';
import type { Story } from '../../src/data/stories';
import rawStories from '../../data/stories.json';

const stories = rawStories as unknown as readonly Story[];
const known: KnownIds = { has: (kind, id) => (kind === 'country' ? ['NE', 'TR', 'LY'].includes(id) : kind === 'story' ? stories.some((s) => s.id === id) : false) };
const BASE = 'https://maps.example/embed.html';

const selection = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constantFrom(...SELECTION_KINDS, 'partner', ''), id: fc.oneof(fc.constantFrom('NE', 'TR', 'ZZ', '<b>x</b>', ''), fc.string({ maxLength: 90 })) }),
  fc.anything(),
);
const month = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const nearlyValid = fc.oneof(
  fc.constant({ namespace: MESSAGE_NAMESPACE, type: 'get-view' }),
  fc.record({ namespace: fc.constant(MESSAGE_NAMESPACE), type: fc.constant('set-theme'), theme: fc.constantFrom('light', 'dark', 'auto', 'sepia') }),
  fc.record(
    {
      namespace: fc.constant(MESSAGE_NAMESPACE),
      type: fc.constant('set-view'),
      date: month,
      selection: fc.oneof(fc.constant(null), fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id: fc.constantFrom('NE', 'TR', 'LY', 'ZZ', 'x-1') })),
      story: fc.record({ id: fc.constantFrom(...stories.map((s) => s.id), 'nope'), step: fc.integer({ min: 1, max: 12 }) }),
      compare: fc.oneof(fc.constant(null), fc.record({ a: month, b: month })),
    },
    { requiredKeys: ['namespace', 'type'] },
  ),
);
const messageArb = fc.oneof(
  nearlyValid,
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.record(
    {
      namespace: fc.oneof(fc.constant(MESSAGE_NAMESPACE), fc.string()),
      type: fc.constantFrom('set-view', 'get-view', 'set-theme', 'height', 'x'),
      date: fc.oneof(fc.constantFrom('2016-03', '2003-12', '2030-01', '2016-13', '2016-3'), fc.string({ maxLength: 12 }), fc.anything()),
      selection,
      story: fc.oneof(fc.record({ id: fc.constantFrom(...stories.map((s) => s.id), 'nope'), step: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double()) }), fc.anything()),
      theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'DARK'), fc.anything()),
      compare: fc.oneof(fc.record({ a: month, b: month }), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: ['namespace', 'type'] },
  ),
);

describe('host messages', () => {
  it('handles 10,000 generated messages without throwing; the state stays in range and every reply is well formed', () => {
    const store = createAppStore();
    let runs = 0;
    let applied = 0;
    fc.assert(
      fc.property(messageArb, (data) => {
        runs += 1;
        const replies = handleHostMessage(store, known, stories, data, BASE);
        if (replies.length) applied += 1;
        const s = store.getState();
        expect(SCHEMES).toContain(s.view.scheme);
        expect(monthIndex(s.time.date)).toBeGreaterThanOrEqual(monthIndex(TIMELINE_START));
        expect(monthIndex(s.time.date)).toBeLessThanOrEqual(monthIndex(TIMELINE_END));
        if (s.compare) {
          for (const m of [s.compare.a, s.compare.b]) {
            expect(monthIndex(m)).toBeGreaterThanOrEqual(monthIndex(TIMELINE_START));
            expect(monthIndex(m)).toBeLessThanOrEqual(monthIndex(TIMELINE_END));
          }
          expect(s.compare.a).not.toBe(s.compare.b);
        }
        if (s.selection) {
          expect(SELECTION_KINDS).toContain(s.selection.kind);
          expect(s.selection.id).toMatch(ID_RE);
        }
        for (const reply of replies) {
          expect(reply.namespace).toBe(MESSAGE_NAMESPACE);
          expect(JSON.stringify(reply)).not.toMatch(/[<>]/);
          if (reply.type === 'view') expect(reply.link.startsWith(`${BASE}?`)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // The generator must reach the handler, not only the parser's first checks.
    expect(applied).toBeGreaterThan(1_000);
   }, 60_000);

  it('answers set-view with a link to the new view, built from the state at once', () => {
    const store = createAppStore();
    const replies = handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-view', date: '2016-03', selection: { kind: 'country', id: 'TR' } }, BASE);
    expect(replies).toHaveLength(1);
    const reply = replies[0]!;
    expect(reply.type).toBe('view');
    if (reply.type !== 'view') return;
    const restored = decode(new URL(reply.link).search).state;
    expect(restored.time.date).toBe('2016-03');
    expect(restored.selection).toEqual({ kind: 'country', id: 'TR' });
  });

  it('opens a comparison from set-view, answers with it and its link, refuses months off the timeline, and closes it with null', () => {
    const store = createAppStore();
    const open = handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-view', compare: { a: '2015-09', b: '2024-06' } }, BASE);
    expect(store.getState().compare).toEqual({ a: '2015-09', b: '2024-06' });
    const reply = open.at(-1)!;
    if (reply.type !== 'view') throw new Error(`expected a view reply, got ${reply.type}`);
    expect(reply.compare).toEqual({ a: '2015-09', b: '2024-06' });
    expect(decode(new URL(reply.link).search).state.compare).toEqual({ a: '2015-09', b: '2024-06' });
    const off = handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-view', compare: { a: '1999-01', b: '2024-06' } }, BASE);
    expect(off.map((r) => r.type)).toEqual(['error', 'view']);
    expect(store.getState().compare).toEqual({ a: '2015-09', b: '2024-06' });
    handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-view', compare: null }, BASE);
    expect(store.getState().compare).toBeNull();
  });

  it('reports an unknown id and keeps the selection', () => {
    const store = createAppStore();
    store.getState().select({ kind: 'country', id: 'NE' });
    const replies = handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-view', selection: { kind: 'country', id: 'ZZ' } }, BASE);
    expect(replies.map((r) => r.type)).toEqual(['error', 'view']);
    expect(store.getState().selection).toEqual({ kind: 'country', id: 'NE' });
  });

  it('switches the colour scheme on set-theme', () => {
    const store = createAppStore();
    handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme: 'dark' }, BASE);
    expect(store.getState().view.scheme).toBe('dark');
    handleHostMessage(store, known, stories, { namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme: 'purple' }, BASE);
    expect(store.getState().view.scheme).toBe('dark');
  });
});

describe('host origins', () => {
  it('reads exact http(s) origins only', () => {
    expect(parseOriginList('https://a.example, http://127.0.0.1:8080,https://b.example/path,javascript:alert(1),https://a.example,*,null')).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
    expect(parseOriginList(null)).toEqual([]);
    expect(parseOriginList(Array.from({ length: 50 }, (_, i) => `https://h${i}.example`).join(','))).toHaveLength(8);
  });

  it('allows any host without a list, the link list alone, and lets a link narrow but not widen the build list', () => {
    expect(allowedOrigins(undefined, null)).toBeNull();
    expect(allowedOrigins('', '')).toBeNull();
    // A list given with no valid entry answers no host (it fails closed).
    expect(allowedOrigins('', 'junk')).toEqual([]);
    expect(allowedOrigins('javascript:alert(1),*', null)).toEqual([]);
    expect(allowedOrigins(undefined, 'https://a.example')).toEqual(['https://a.example']);
    expect(allowedOrigins('https://a.example,https://b.example', 'https://b.example')).toEqual(['https://b.example']);
    expect(allowedOrigins('https://a.example', 'https://evil.example')).toEqual(['https://a.example']);
  });
});
