// Light or dark: the link's scheme, `auto` following the system, and projector views that stay high contrast.
import { describe, expect, it } from 'vitest';
import { describeProblems } from '../../src/i18n/problems';
import { isDark, watchSystemScheme } from '../../src/state/scheme';
import { createAppStore } from '../../src/state/store';
import { defaultState } from '../../src/state/defaults';
import { decode } from '../../src/state/url';
import type { Scheme } from '../../src/state/types';

const view = (scheme: Scheme, systemDark: boolean, extra: Partial<ReturnType<typeof defaultState>['view']> = {}) => ({ view: { ...defaultState().view, scheme, systemDark, ...extra } });

describe('colour scheme', () => {
  it('is dark for dark, light for light, and follows the system for auto', () => {
    expect(isDark(view('dark', false))).toBe(true);
    expect(isDark(view('light', true))).toBe(false);
    expect(isDark(view('auto', true))).toBe(true);
    expect(isDark(view('auto', false))).toBe(false);
  });

  it('stays high contrast in briefing mode and with hc=1', () => {
    expect(isDark(view('dark', true, { mode: 'briefing' }))).toBe(false);
    expect(isDark(view('dark', true, { highContrast: true }))).toBe(false);
  });

  it('reads scheme from the link and reports anything else', () => {
    expect(decode('scheme=dark').state.view.scheme).toBe('dark');
    expect(decode('scheme=auto').state.view.scheme).toBe('auto');
    const { state, problems } = decode('scheme=sepia');
    expect(state.view.scheme).toBe('light');
    expect(describeProblems('en', problems)).toEqual(['Link, scheme “sepia”: not a value this map knows. Left out.']);
  });

  it('tracks prefers-color-scheme as it changes', () => {
    const listeners: Array<() => void> = [];
    const query = { matches: true, addEventListener: (_: string, f: () => void) => listeners.push(f), removeEventListener: () => undefined };
    const store = createAppStore();
    watchSystemScheme(store, { matchMedia: () => query as unknown as MediaQueryList });
    expect(store.getState().view.systemDark).toBe(true);
    query.matches = false;
    for (const f of listeners) f();
    expect(store.getState().view.systemDark).toBe(false);
  });
});
