// The presenter <-> projector messages: exactly the expected shapes pass, anything else is dropped.
import { describe, expect, it } from 'vitest';
import { PRESENTER_NAMESPACE, parsePresenterMessage, parseProjectorMessage, sameOriginOrFile, targetOrigin } from '../../src/ui/presenter/messages';

const ns = PRESENTER_NAMESPACE;

describe('presenter messages', () => {
  it('accepts hello and a go to a step', () => {
    expect(parsePresenterMessage({ namespace: ns, type: 'hello' })).toEqual({ namespace: ns, type: 'hello' });
    expect(parsePresenterMessage({ namespace: ns, type: 'bye' })).toEqual({ namespace: ns, type: 'bye' });
    expect(parsePresenterMessage({ namespace: ns, type: 'bye', extra: 1 })).toBeNull();
    expect(parsePresenterMessage({ namespace: ns, type: 'go', storyId: 'crisis-2015-routes', step: 2 })).toEqual({ namespace: ns, type: 'go', storyId: 'crisis-2015-routes', step: 2 });
  });

  it('drops other namespaces, extra fields, bad ids and steps', () => {
    const bad: unknown[] = [
      null,
      'hello',
      { namespace: 'eu-migration-map', type: 'hello' },
      { namespace: ns, type: 'hello', extra: 1 },
      { namespace: ns, type: 'go', storyId: '<img src=x onerror=alert(1)>', step: 1 },
      { namespace: ns, type: 'go', storyId: 'a', step: -1 },
      { namespace: ns, type: 'go', storyId: 'a', step: 1.5 },
      { namespace: ns, type: 'go', storyId: 'a', step: '1' },
      { namespace: ns, type: 'go', storyId: 'a', step: 1e9 },
      { namespace: ns, type: 'state', story: {}, step: 0 },
      Object.create({ namespace: ns, type: 'hello' }),
    ];
    for (const m of bad) expect(parsePresenterMessage(m)).toBeNull();
  });

  it('takes a state with a story object and leaves the story for the schema to check', () => {
    expect(parseProjectorMessage({ namespace: ns, type: 'state', story: { id: 'x' }, step: 0 })).toEqual({ namespace: ns, type: 'state', story: { id: 'x' }, step: 0 });
    expect(parseProjectorMessage({ namespace: ns, type: 'idle' })).toEqual({ namespace: ns, type: 'idle' });
    expect(parseProjectorMessage({ namespace: ns, type: 'state', story: '<b>x</b>', step: 0 })).toBeNull();
    expect(parseProjectorMessage({ namespace: ns, type: 'state', story: [], step: 0 })).toBeNull();
    expect(parseProjectorMessage({ namespace: ns, type: 'go', storyId: 'a', step: 0 })).toBeNull();
  });

  it('targets its own origin over http and any from file://, and checks the sender the same way', () => {
    const http = { protocol: 'http:', origin: 'http://127.0.0.1:4173' };
    const file = { protocol: 'file:', origin: 'null' };
    expect(targetOrigin(http)).toBe('http://127.0.0.1:4173');
    expect(targetOrigin(file)).toBe('*');
    expect(sameOriginOrFile('http://127.0.0.1:4173', http)).toBe(true);
    expect(sameOriginOrFile('http://evil.example', http)).toBe(false);
    expect(sameOriginOrFile('null', file)).toBe(true);
    expect(sameOriginOrFile('http://evil.example', file)).toBe(false);
  });
});
