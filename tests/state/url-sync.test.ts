// @vitest-environment happy-dom
// The address bar and the store: a story link pasted into the address bar changes only the fragment, and the view's
// query is not read again (it would fly the map to where it is and repeat the query's notices).
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { applyLink, syncUrl } from '../../src/state/url-sync';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** The app as opened from this query: the link applied, then the address bar kept in step. */
function openedAt(search: string) {
  history.replaceState(null, '', `/${search}`);
  const store = createAppStore();
  applyLink(store, location.search);
  stops.push(syncUrl(store));
  return store;
}

describe('address bar sync', () => {
  it('does not re-apply the query when only the fragment changes', () => {
    // A query the app would not write this way (an out-of-range date, left out with a notice).
    const store = openedAt('?date=1900-01');
    const camera = store.getState().view.camera;
    const notices = store.getState().notices.length;
    expect(notices).toBe(1);
    history.pushState(null, '', `/?date=1900-01#story-data=abc`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view.camera).toBe(camera);
    expect(store.getState().notices.length).toBe(notices);
  });

  it('applies the query of a history step that changes it', () => {
    const store = openedAt('?date=2015-09');
    history.pushState(null, '', '/?date=2016-03');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().time.date).toBe('2016-03');
  });
});
