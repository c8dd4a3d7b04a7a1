// Missions overlay: one symbol shape and colour per kind; symbols at the same place fan out so each stays readable.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MissionAtDate } from '../../selectors/missions';
import { standingLabel } from '../../i18n/standing';
import type { ViewSelectors } from '../../selectors/view';
import type { Lang, Selection } from '../../state/types';
import { LAYER, SOURCE } from '../ids';
import type { MapTheme } from '../theme';
import { MISSION_KINDS } from '../../data/kinds';
import type { MissionKind } from '../../data/schema';
import type { OverlayImage, OverlayLayers } from './overlay';
import { emphasisOpacity, zoomInterpolate } from '../expressions';
import { derivedSource } from '../sync';
import { APART_OPACITY, emphasis } from '../style/common';
import { MISSION_STYLE, missionIconName, missionOpacity, missionSymbol, paintMissionSymbol, type MissionProperties } from '../style/missions';
import { nameIn } from '../../i18n/names';

const RATIO = 2;

/** The kind's symbol as a map image, drawn at twice its size for sharp edges on dense screens. */
function missionIcon(kind: MissionKind, theme: MapTheme): OverlayImage {
  const size = MISSION_STYLE.iconPx * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // A CPU-backed canvas: reading a GPU canvas back (getImageData) stalls for tens of milliseconds per icon.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  paintMissionSymbol(ctx, missionSymbol(kind, theme, size));
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data, pixelRatio: RATIO };
}

/** Missions sharing a location are spread on a small circle (in pixels) around it. */
export function missionFeatures(missions: readonly MissionAtDate[], selection: Selection | null, lang: Lang = 'en'): FeatureCollection<Point, MissionProperties> {
  const byPlace = new Map<string, MissionAtDate[]>();
  for (const m of missions) {
    const key = `${m.location.lon.toFixed(1)},${m.location.lat.toFixed(1)}`;
    (byPlace.get(key) ?? byPlace.set(key, []).get(key)!).push(m);
  }
  const features: Feature<Point, MissionProperties>[] = [];
  for (const group of byPlace.values()) {
    group.forEach((m, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const spread = group.length > 1 ? MISSION_STYLE.spread : 0;
      features.push({
        type: 'Feature',
        id: m.id,
        properties: {
          id: m.id,
          name: standingLabel(lang, nameIn(lang, m), m.standing, m.lastReported),
          kind: m.kind,
          icon: missionIconName(m.kind),
          offset: [Math.round(Math.cos(angle) * spread), Math.round(Math.sin(angle) * spread)],
          emphasis: emphasis(selection, 'mission', m.id),
          standing: m.standing,
        },
        geometry: { type: 'Point', coordinates: [m.location.lon, m.location.lat] },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

export function missionsOverlay(views: ViewSelectors): OverlayLayers {
  const points = derivedSource(SOURCE.missions, views.missions, (missions, s) => missionFeatures(missions, s.selection, s.view.lang));
  return {
    sources: { [SOURCE.missions]: points },
    layers: (theme) => [
      {
        id: LAYER.missionsSymbols,
        type: 'symbol',
        source: SOURCE.missions,
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-offset': ['get', 'offset'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'icon-size': zoomInterpolate(MISSION_STYLE.iconScale),
          'text-field': ['step', ['zoom'], '', MISSION_STYLE.labelFromZoom, ['get', 'name']],
          'text-font': ['sans-serif'],
          'text-size': theme.labelSize + MISSION_STYLE.labelSizeDelta,
          'text-anchor': 'left',
          'text-offset': [1.1, 0],
          'text-optional': true,
        },
        paint: {
          'icon-opacity': ['*', emphasisOpacity(missionOpacity(theme)), ['match', ['get', 'standing'], 'current', 1, APART_OPACITY]],
          'text-opacity': ['match', ['get', 'standing'], 'current', 1, APART_OPACITY + 0.3],
          'text-color': theme.label,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': MISSION_STYLE.labelHalo,
        },
      },
    ],
    hitLayers: [{ layer: LAYER.missionsSymbols, kind: 'mission' }],
    images: (theme) => Object.fromEntries(MISSION_KINDS.map((k) => [missionIconName(k), missionIcon(k, theme)])),
  };
}
