// The map's keyboard focus and the pointer's hover share one highlight: they never show two different things.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

describe('focus and hover', () => {
  it('focus sets the hover highlight: the feature, or on a route stop its country', () => {
    const store = createAppStore();
    store.getState().focus({ kind: 'country', id: 'NE' });
    expect(store.getState().hovered).toEqual({ kind: 'country', id: 'NE' });
    store.getState().focus({ kind: 'route', id: 'central-mediterranean', stop: 3, country: 'LY' });
    expect(store.getState().hovered).toEqual({ kind: 'country', id: 'LY' });
  });

  it('the pointer on something else takes the highlight and the focus gives way', () => {
    const store = createAppStore();
    store.getState().focus({ kind: 'country', id: 'NE' });
    store.getState().hover({ kind: 'country', id: 'ML' });
    expect(store.getState().focused).toBeNull();
    expect(store.getState().hovered).toEqual({ kind: 'country', id: 'ML' });
  });

  it('the pointer on the focused feature keeps the focus; clearing the focus clears its highlight', () => {
    const store = createAppStore();
    store.getState().focus({ kind: 'mission', id: 'eucap-sahel-niger' });
    store.getState().hover({ kind: 'mission', id: 'eucap-sahel-niger' });
    expect(store.getState().focused).toEqual({ kind: 'mission', id: 'eucap-sahel-niger' });
    store.getState().focus(null);
    expect(store.getState().hovered).toBeNull();
  });
});
