// @vitest-environment happy-dom
// The bridge fails closed and answers a flood once per frame: an origin list with no valid entry answers no host (and
// says so once in the console); 10,000 set-view messages are applied as their last one and answered once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectHost } from '../../src/embed/bridge';
import { MESSAGE_NAMESPACE, type OutboundMessage } from '../../src/embed/messages';
import { NO_HOST_WARNING } from '../../src/embed/origins';
import { createAppStore } from '../../src/state/store';
import type { KnownIds } from '../../src/state/url';

const known: KnownIds = { has: (kind, id) => kind === 'country' && ['NE', 'TR'].includes(id) };
const HOST = 'https://host.example';

/** A host window that records what the map posts to it. */
function fakeHost(): { window: Window; posted: OutboundMessage[] } {
  const posted: OutboundMessage[] = [];
  const host = { postMessage: (m: OutboundMessage) => posted.push(m) } as unknown as Window;
  return { window: host, posted };
}
function fromHost(host: Window, data: unknown, origin = HOST): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: host as unknown as MessageEventSource }));
}
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

afterEach(() => vi.restoreAllMocks());

describe('the embed bridge', () => {
  it('answers no host when the origin list has no valid entry, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = fakeHost();
    const store = createAppStore();
    const stop = connectHost(store, known, [], { target: host.window, origins: [], pageAddress: 'https://maps.example/embed.html' });
    fromHost(host.window, { namespace: MESSAGE_NAMESPACE, type: 'get-view' });
    fromHost(host.window, { namespace: MESSAGE_NAMESPACE, type: 'set-view', date: '2020-01' });
    await nextFrame();
    expect(host.posted).toEqual([]);
    expect(store.getState().time.date).toBe('2015-09');
    expect(warn.mock.calls).toEqual([[NO_HOST_WARNING]]);
    stop();
  });

  it('applies the last of 10,000 set-view messages and answers once', async () => {
    const host = fakeHost();
    const store = createAppStore();
    const stop = connectHost(store, known, [], { target: host.window, origins: [HOST], pageAddress: 'https://maps.example/embed.html' });
    const before = host.posted.length;
    for (let i = 0; i < 10_000; i++) fromHost(host.window, { namespace: MESSAGE_NAMESPACE, type: 'set-view', date: i === 9_999 ? '2020-01' : '2016-03' });
    await nextFrame();
    const replies = host.posted.slice(before).filter((m) => m.type === 'view' || m.type === 'error');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'view', date: '2020-01' });
    stop();
  });

  it('answers a month off the timeline with an error and keeps the date', async () => {
    const host = fakeHost();
    const store = createAppStore();
    const stop = connectHost(store, known, [], { target: host.window, origins: [HOST], pageAddress: 'https://maps.example/embed.html' });
    const before = host.posted.length;
    fromHost(host.window, { namespace: MESSAGE_NAMESPACE, type: 'set-view', date: '1900-01' });
    await nextFrame();
    const replies = host.posted.slice(before).filter((m) => m.type !== 'height');
    expect(replies.map((r) => r.type)).toEqual(['error', 'view']);
    expect(replies[0]).toMatchObject({ type: 'error', field: 'date' });
    expect(store.getState().time.date).toBe('2015-09');
    stop();
  });
});
