// No scroll trap in embeds: MapLibre's cooperative gestures (Ctrl/⌘ + wheel to zoom, two fingers to pan) in embed
// mode only, with the hint in the page's language.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n/t';
import type { AppStore } from '../state/store';
import type { Lang } from '../state/types';

/** MapLibre's UI strings for the hint (keys from maplibre-gl's default locale). */
export function cooperativeLocale(lang: Lang): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'cooperativeWheel'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'cooperativeWheelMac'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'cooperativeTouch'),
  };
}

/** Turns cooperative gestures on in embed mode and off elsewhere, and keeps the hint in the store's language. */
export function bindCooperativeGestures(map: MapLibreMap, store: AppStore): () => void {
  const apply = (embed: boolean, lang: Lang): void => {
    // The hint's text is read when the handler builds it: a new language rebuilds it.
    map._locale = { ...map._locale, ...cooperativeLocale(lang) };
    map.cooperativeGestures.disable();
    if (embed) map.cooperativeGestures.enable();
  };
  return store.subscribe(
    (s) => `${s.view.mode === 'embed' ? 1 : 0}${s.view.lang}`,
    () => apply(store.getState().view.mode === 'embed', store.getState().view.lang),
  );
}
