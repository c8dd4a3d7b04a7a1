// The link round trip: decode(encode(state)) restores the view, and bad parameters fall back with a notice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode, type LinkState } from '../../src/state/url';
import { defaultState } from '../../src/state/defaults';
import { FILTER_KEYS, LANGS, MODES, OVERLAY_IDS, SELECTION_KINDS } from '../../src/state/types';
import { linkState } from '../../src/state/url-sync';
import { monthFromIndex, monthIndex } from '../../src/state/month';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const month = fc.integer({ min: monthIndex('2004-01'), max: monthIndex('2025-12') }).map(monthFromIndex);
const round = (n: number, d: number): number => Number(n.toFixed(d)) + 0;

const linkStateArb: fc.Arbitrary<LinkState> = fc.record({
  view: fc.record({
    mode: fc.constantFrom(...MODES),
    lang: fc.constantFrom(...LANGS),
    highContrast: fc.boolean(),
    camera: fc.record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }).map((n) => round(n, 3)),
      lat: fc.double({ min: -85, max: 85, noNaN: true }).map((n) => round(n, 3)),
      zoom: fc.double({ min: 0, max: 12, noNaN: true }).map((n) => round(n, 2)),
    }),
    overlays: fc.record(Object.fromEntries(OVERLAY_IDS.map((o) => [o, fc.boolean()])) as Record<(typeof OVERLAY_IDS)[number], fc.Arbitrary<boolean>>),
    tableOpen: fc.boolean(),
    story: fc.option(fc.record({ id, step: fc.integer({ min: 0, max: 20 }) }), { nil: null }),
  }),
  time: fc.record({ date: month }),
  filters: fc.record(Object.fromEntries(FILTER_KEYS.map((k) => [k, fc.uniqueArray(id, { maxLength: 4 }).map((a) => [...a].sort())])) as Record<(typeof FILTER_KEYS)[number], fc.Arbitrary<string[]>>),
  selection: fc.option(fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id }), { nil: null }),
});

describe('link encoding', () => {
  it('restores every generated state exactly', () => {
    fc.assert(
      fc.property(linkStateArb, (state) => {
        const { state: back, notices } = decode(encode(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes the default view as a short link', () => {
    expect(encode(linkState(defaultState()))).toBe('v=1&date=2015-09&cam=22%2C36%2C2.6');
  });

  it('falls back per parameter and says which one was ignored', () => {
    const { state, notices } = decode('date=2015-13&sel=country:NE&cam=500,1,1&layers=routes,bogus&mode=cinema');
    expect(state.time.date).toBe(defaultState().time.date);
    expect(state.selection).toEqual({ kind: 'country', id: 'NE' });
    expect(state.view.camera).toEqual(defaultState().view.camera);
    expect(state.view.overlays).toEqual(defaultState().view.overlays);
    expect(state.view.mode).toBe('explore');
    expect(notices).toEqual([
      'Link parameter “mode=cinema” ignored (not a mode); showing the default.',
      'Link parameter “date=2015-13” ignored (a month YYYY-MM from 2004-01 to 2025-12); showing the default.',
      'Link parameter “layers=routes,bogus” ignored (unknown layer bogus); showing the default.',
      'Link parameter “cam=500,1,1” ignored (expected lon,lat,zoom); showing the default.',
    ]);
  });

  it('rejects ids that the dataset does not know', () => {
    const known = { has: (kind: string, value: string) => kind === 'country' && value === 'NE' };
    const { state, notices } = decode('sel=country:ZZ', known);
    expect(state.selection).toBeNull();
    expect(notices).toHaveLength(1);
    expect(decode('sel=country:NE', known).state.selection).toEqual({ kind: 'country', id: 'NE' });
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const { state } = decode(query);
        expect(typeof state.time.date).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
