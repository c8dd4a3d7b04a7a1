// The postMessage parser: exact messages pass, anything else is ignored, and nothing throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInbound, MESSAGE_NAMESPACE } from '../../src/embed/messages';

describe('postMessage parsing', () => {
  it('accepts a well-formed set-view', () => {
    const m = { namespace: MESSAGE_NAMESPACE, type: 'set-view', date: '2016-03', selection: { kind: 'country', id: 'TR' }, story: { id: 'crisis-2015-routes', step: 2 } };
    expect(parseInbound(m)).toEqual(m);
  });

  it('accepts a comparison of two different months, or null to close it, and nothing else', () => {
    const view = (compare: unknown) => parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-view', compare });
    expect(view({ a: '2015-09', b: '2024-06' })).toEqual({ namespace: MESSAGE_NAMESPACE, type: 'set-view', compare: { a: '2015-09', b: '2024-06' } });
    expect(view(null)).toEqual({ namespace: MESSAGE_NAMESPACE, type: 'set-view', compare: null });
    for (const bad of [{ a: '2015-09', b: '2015-09' }, { a: '2015-9', b: '2024-06' }, { a: '2015-09' }, { a: '2015-09', b: '2024-06', c: '2020-01' }, '2015-09,2024-06', ['2015-09', '2024-06'], { a: 2015, b: 2024 }]) {
      expect(view(bad)).toBeNull();
    }
  });

  it('accepts set-theme with light, dark or auto only', () => {
    for (const theme of ['light', 'dark', 'auto']) expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme })).toEqual({ namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme });
    for (const theme of ['Dark', '', null, 1, { dark: true }]) expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme })).toBeNull();
    expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-theme', theme: 'dark', extra: 1 })).toBeNull();
  });

  it('ignores unknown types, extra fields, bad dates and markup in ids', () => {
    expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'unknown' })).toBeNull();
    expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-view', extra: 1 })).toBeNull();
    expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-view', date: '2016-13' })).toBeNull();
    expect(parseInbound({ namespace: MESSAGE_NAMESPACE, type: 'set-view', selection: { kind: 'country', id: '<img src=x onerror=alert(1)>' } })).toBeNull();
    expect(parseInbound({ namespace: 'other', type: 'get-view' })).toBeNull();
    expect(parseInbound('set-view')).toBeNull();
  });

  it('never throws and never lets through a string that could be markup (1,000+ random payloads)', () => {
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ namespace: fc.constant(MESSAGE_NAMESPACE), type: fc.constantFrom('set-view', 'get-view', 'x'), date: fc.string(), selection: fc.anything(), story: fc.anything() }, { requiredKeys: ['namespace', 'type'] }),
    );
    fc.assert(
      fc.property(payload, (data) => {
        const m = parseInbound(data);
        if (m) expect(JSON.stringify(m)).not.toMatch(/[<>]/);
      }),
      { numRuns: 2000 },
    );
  });
});
