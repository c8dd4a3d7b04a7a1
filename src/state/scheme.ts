// Light or dark: the link's or host's scheme, `auto` following the system. Projector views stay high contrast.
import type { AppState } from './types';
import type { AppStore } from './store';

/**
 * The one theme rule: the high-contrast palette when the reader asks for it, and always in briefing mode (projectors
 * wash colours out). Read through themeOf (map/theme.ts) by both renderers, the legend, the chart and the PNG export.
 */
export function usesHighContrast(view: { readonly highContrast: boolean; readonly mode: string }): boolean {
  return view.highContrast || view.mode === 'briefing';
}

/** True when the app and the map should be dark (never in high contrast or briefing mode, which have their own). */
export function isDark(s: Pick<AppState, 'view'>): boolean {
  const { scheme, systemDark } = s.view;
  if (usesHighContrast(s.view)) return false;
  return scheme === 'dark' || (scheme === 'auto' && systemDark);
}

/** Keeps `view.systemDark` in step with prefers-color-scheme; returns the unsubscribe function. */
export function watchSystemScheme(store: AppStore, media: Pick<Window, 'matchMedia'> | undefined = typeof window === 'undefined' ? undefined : window): () => void {
  if (!media || typeof media.matchMedia !== 'function') return () => undefined;
  const query = media.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => store.getState().setSystemDark(query.matches);
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
