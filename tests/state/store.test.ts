// The store's actions: each test builds a fresh store.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

describe('store', () => {
  it('steps the date by months and clamps it to the timeline', () => {
    const store = createAppStore();
    store.getState().setDate('2015-12');
    store.getState().stepDate(1);
    expect(store.getState().time.date).toBe('2016-01');
    store.getState().setDate('1990-01');
    expect(store.getState().time.date).toBe('2004-01');
  });

  it('toggles filters as sorted sets and clears them all', () => {
    const store = createAppStore();
    store.getState().toggleFilter('instruments', 'ipa');
    store.getState().toggleFilter('instruments', 'eutf-africa');
    expect(store.getState().filters.instruments).toEqual(['eutf-africa', 'ipa']);
    store.getState().toggleFilter('instruments', 'ipa');
    expect(store.getState().filters.instruments).toEqual(['eutf-africa']);
    store.getState().clearFilters();
    expect(store.getState().filters.instruments).toEqual([]);
  });

  it('notifies subscribers of a slice only when that slice changes', () => {
    const store = createAppStore();
    const seen: string[] = [];
    store.subscribe((s) => s.selection?.id, (id) => seen.push(String(id)));
    store.getState().hover({ kind: 'country', id: 'NE' });
    store.getState().select({ kind: 'country', id: 'NE' });
    store.getState().select({ kind: 'country', id: 'NE' });
    expect(seen).toEqual(['NE']);
  });
});
