// Missions overlay: one symbol shape and colour per kind; symbols at the same place fan out so each stays readable.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Mission } from '../../data/schema';
import type { ViewSelectors } from '../../selectors/view';
import type { Lang, Selection } from '../../state/types';
import { LAYER, SOURCE } from '../ids';
import type { MapTheme, MissionKind } from '../theme';
import type { MapOverlay, OverlayImage } from './overlay';
import { emphasisOpacity } from '../expressions';
import { bindVisibility, derivedSource, emphasis } from './common';
import { nameIn } from '../../i18n/names';

export const MISSION_KINDS: readonly MissionKind[] = ['csdp-civilian', 'csdp-military', 'frontex', 'eu-office', 'centre', 'liaison-officer'];
const ICON_PX = 22;
const RATIO = 2;

export function missionIconName(kind: MissionKind): string {
  return `mission-${kind}`;
}

/** Draws the shape of a mission kind: circle, square, triangle, diamond, star, ring. */
export function drawMissionShape(ctx: CanvasRenderingContext2D, kind: MissionKind, size: number): void {
  const c = size / 2;
  const r = size / 2 - 3;
  ctx.beginPath();
  switch (kind) {
    case 'csdp-civilian':
    case 'liaison-officer':
      ctx.arc(c, c, kind === 'liaison-officer' ? r * 0.8 : r, 0, Math.PI * 2);
      break;
    case 'csdp-military':
      ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'frontex':
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r, c + r * 0.8);
      ctx.lineTo(c - r, c + r * 0.8);
      ctx.closePath();
      break;
    case 'eu-office':
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r, c);
      ctx.lineTo(c, c + r);
      ctx.lineTo(c - r, c);
      ctx.closePath();
      break;
    case 'centre':
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r : r * 0.45;
        if (i === 0) ctx.moveTo(c + rr * Math.cos(a), c + rr * Math.sin(a));
        else ctx.lineTo(c + rr * Math.cos(a), c + rr * Math.sin(a));
      }
      ctx.closePath();
      break;
  }
}

function missionIcon(kind: MissionKind, theme: MapTheme): OverlayImage {
  const size = ICON_PX * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // A CPU-backed canvas: reading a GPU canvas back (getImageData) stalls for tens of milliseconds per icon.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  drawMissionShape(ctx, kind, size);
  ctx.fillStyle = kind === 'liaison-officer' ? '#ffffff' : theme.mission[kind];
  ctx.fill();
  ctx.lineWidth = kind === 'liaison-officer' ? 6 : 3.5;
  ctx.strokeStyle = kind === 'liaison-officer' ? theme.mission[kind] : '#ffffff';
  ctx.stroke();
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data, pixelRatio: RATIO };
}

/** Missions sharing a location are spread on a small circle (in pixels) around it. */
export function missionFeatures(missions: readonly Mission[], selection: Selection | null, lang: Lang = 'en'): FeatureCollection<Point> {
  const byPlace = new Map<string, Mission[]>();
  for (const m of missions) {
    const key = `${m.location.lon.toFixed(1)},${m.location.lat.toFixed(1)}`;
    (byPlace.get(key) ?? byPlace.set(key, []).get(key)!).push(m);
  }
  const features: Feature<Point>[] = [];
  for (const group of byPlace.values()) {
    group.forEach((m, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const spread = group.length > 1 ? 13 : 0;
      features.push({
        type: 'Feature',
        id: m.id,
        properties: {
          id: m.id,
          name: nameIn(lang, m),
          kind: m.kind,
          icon: missionIconName(m.kind as MissionKind),
          offset: [Math.round(Math.cos(angle) * spread), Math.round(Math.sin(angle) * spread)],
          emphasis: emphasis(selection, 'mission', m.id),
        },
        geometry: { type: 'Point', coordinates: [m.location.lon, m.location.lat] },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

export function missionsOverlay(views: ViewSelectors): MapOverlay {
  const layerIds = [LAYER.missionsSymbols];
  const points = derivedSource(SOURCE.missions, views.missions, (missions, s) => missionFeatures(missions, s.selection, s.view.lang));
  return {
    id: 'missions',
    slot: 'symbols',
    sources: (s) => ({ [SOURCE.missions]: points.spec(s) }),
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
          'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 6, 1.1],
          'text-field': ['step', ['zoom'], '', 5, ['get', 'name']],
          'text-font': ['sans-serif'],
          'text-size': theme.labelSize - 1,
          'text-anchor': 'left',
          'text-offset': [1.1, 0],
          'text-optional': true,
        },
        paint: {
          'icon-opacity': emphasisOpacity(theme.dimOpacity + 0.15),
          'text-color': theme.label,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ],
    hitLayers: [{ layer: LAYER.missionsSymbols, kind: 'mission' }],
    images: (theme) => Object.fromEntries(MISSION_KINDS.map((k) => [missionIconName(k), missionIcon(k, theme)])),
    bind(map, store) {
      const offSource = points.bind(map, store);
      const offVisible = bindVisibility(map, store, 'missions', layerIds);
      return () => {
        offSource();
        offVisible();
      };
    },
  };
}
