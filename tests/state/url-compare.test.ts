// The compare=A,B link parameter: read when it names two different months of the timeline, else ignored with a notice.
import { describe, expect, it } from 'vitest';
import { describeProblems } from '../../src/i18n/problems';
import { decode, encode } from '../../src/state/url';
import { linkState } from '../../src/state/url-sync';
import { createAppStore } from '../../src/state/store';

describe('compare link parameter', () => {
  it('reads compare=2015-09,2024-06 and writes it back', () => {
    const { state, problems } = decode('v=1&date=2015-09&compare=2015-09,2024-06');
    expect(problems).toEqual([]);
    expect(state.compare).toEqual({ a: '2015-09', b: '2024-06' });
    expect(new URLSearchParams(encode(state)).get('compare')).toBe('2015-09,2024-06');
  });

  it('puts the timeline on month A, whatever the link\'s date says', () => {
    expect(decode('v=1&date=2016-03&compare=2015-09,2024-06').state.time.date).toBe('2015-09');
    expect(decode('v=1&date=2016-03&compare=2015-09,2015-09').state.time.date).toBe('2016-03');
  });

  it('leaves it out of a link without a comparison', () => {
    expect(new URLSearchParams(encode(linkState(createAppStore().getState()))).has('compare')).toBe(false);
  });

  it.each(['2015-09', '2015-09,2015-09', '2015-9,2024-06', '1999-01,2024-06', '2015-09,2030-01', '2015-09,2024-06,2025-01', '<b>x</b>,2024-06', ''])(
    'ignores compare=%s with a short notice that quotes no markup',
    (value) => {
      const { state, problems } = decode(`compare=${encodeURIComponent(value)}`);
      const notices = describeProblems('en', problems);
      expect(state.compare).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Link, compare/);
      expect(notices[0]).not.toContain('<');
    },
  );

  it('keeps the comparison in the store and clears it', () => {
    const store = createAppStore();
    store.getState().setCompare({ a: '2015-09', b: '2024-06' });
    expect(store.getState().compare).toEqual({ a: '2015-09', b: '2024-06' });
    store.getState().setCompare(null);
    expect(store.getState().compare).toBeNull();
  });

  it('moves month A with the timeline while comparing, never onto B, and steps past B', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setDate('2020-01');
    s().setCompare({ a: '2015-09', b: '2015-11' });
    expect(s().time.date).toBe('2015-09');
    s().stepDate(1);
    expect([s().time.date, s().compare]).toEqual(['2015-10', { a: '2015-10', b: '2015-11' }]);
    // The next month is B: the step goes past it.
    s().stepDate(1);
    expect([s().time.date, s().compare]).toEqual(['2015-12', { a: '2015-12', b: '2015-11' }]);
    // The slider dropped on B changes nothing.
    s().setDate('2015-11');
    expect([s().time.date, s().compare]).toEqual(['2015-12', { a: '2015-12', b: '2015-11' }]);
    s().setCompare(null);
    s().setDate('2015-11');
    expect([s().time.date, s().compare]).toEqual(['2015-11', null]);
  });
});
