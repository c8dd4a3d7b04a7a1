// A side store of a comparison: the app's state at the side's month, its actions those of the app's store.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { createSideStore } from '../../src/state/compare-side';

describe('comparison side store', () => {
  it('shows the month of its side and follows the app state', () => {
    const main = createAppStore();
    main.getState().setCompare({ a: '2015-09', b: '2024-06' });
    const a = createSideStore(main, 'a');
    const b = createSideStore(main, 'b');
    expect(a.store.getState().time.date).toBe('2015-09');
    expect(b.store.getState().time.date).toBe('2024-06');
    main.getState().toggleFilter('themes', 'security');
    expect(b.store.getState().filters.themes).toEqual(['security']);
    expect(b.store.getState().time.date).toBe('2024-06');
  });

  it('sends its actions to the app store', () => {
    const main = createAppStore();
    main.getState().setCompare({ a: '2015-09', b: '2024-06' });
    const b = createSideStore(main, 'b');
    b.store.getState().select({ kind: 'country', id: 'GB' });
    expect(main.getState().selection).toEqual({ kind: 'country', id: 'GB' });
    expect(b.store.getState().selection).toEqual({ kind: 'country', id: 'GB' });
    b.destroy();
    main.getState().select(null);
    expect(b.store.getState().selection).toEqual({ kind: 'country', id: 'GB' });
  });

  it('keeps one time object while the month and the app time stay', () => {
    const main = createAppStore();
    main.getState().setCompare({ a: '2015-09', b: '2024-06' });
    const b = createSideStore(main, 'b');
    const time = b.store.getState().time;
    main.getState().hover({ kind: 'country', id: 'FR' });
    expect(b.store.getState().time).toBe(time);
  });
});
