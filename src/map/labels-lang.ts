// Country labels on the map in the UI language (name_<lang> on each label point, picked by the layer's text-field), and
// the canvas description and MapLibre's zoom buttons in that language too.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { countryName } from '../i18n/countries';
import { t } from '../i18n/t';
import type { AppStore } from '../state/store';
import { LANGS, type Lang } from '../state/types';
import { LAYER } from './ids';
import { styleHasLoaded } from './style-loaded';

type LabelProps = { iso2: string; name: string };

/** Adds `name_<lang>` for every non-English language; `name` stays the basemap's English (EU) name. */
export function withLocalisedNames<P extends LabelProps>(labels: FeatureCollection<Point, P>): FeatureCollection<Point, P> {
  return {
    ...labels,
    features: labels.features.map((f) => {
      const names: Record<string, string> = {};
      for (const lang of LANGS) if (lang !== 'en') names[`name_${lang}`] = countryName(lang, f.properties.iso2, f.properties.name);
      return { ...f, properties: { ...f.properties, ...names } };
    }),
  };
}

export function labelTextField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

const ZOOM_BUTTONS = [
  ['.maplibregl-ctrl-zoom-in', 'zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut'],
] as const;

/** Keeps the country labels, the canvas description and the zoom buttons in the store's language; returns the unsubscribe function. */
export function bindLabelLanguage(map: MapLibreMap, store: AppStore): () => void {
  const apply = (lang: Lang): void => {
    map.getCanvas().setAttribute('aria-label', t(lang, 'mapDescription'));
    // MapLibre names its buttons once, in English, when the control is made: renamed here on every change of language.
    for (const [selector, key] of ZOOM_BUTTONS) {
      const button = map.getContainer().querySelector(selector);
      button?.setAttribute('title', t(lang, key));
      button?.setAttribute('aria-label', t(lang, key));
    }
    // setLayoutProperty returns early when the value is equal (the first style already has the link's language).
    if (map.getLayer(LAYER.countryLabels)) map.setLayoutProperty(LAYER.countryLabels, 'text-field', labelTextField(lang));
  };
  let ready = styleHasLoaded(map);
  const onLoad = (): void => {
    ready = true;
    apply(store.getState().view.lang);
  };
  if (ready) apply(store.getState().view.lang);
  else map.once('load', onLoad);
  const unsubscribe = store.subscribe(
    (s) => s.view.lang,
    (lang) => {
      if (ready) apply(lang);
    },
  );
  return () => {
    map.off('load', onLoad);
    unsubscribe();
  };
}
