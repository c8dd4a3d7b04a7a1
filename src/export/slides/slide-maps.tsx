// The maps of a deck, drawn off screen at projector resolution by the app's own map code: the WebGL map (the same
// controller, overlays and store sync as the screen) or, without WebGL, the SVG map. One hidden map draws every step
// in turn from a store of its own; the app's map and state are left alone.
import { render } from 'preact';
import type { Model } from '../../data/model';
import type { ViewSelectors } from '../../selectors/view';
import { createAppStore, type AppStore } from '../../state/store';
import type { AppState } from '../../state/types';
import { usesHighContrast } from '../../state/scheme';
import { mapParts, type MapParts } from '../../map/active-map';
import type { MapOverlay } from '../../map/layers/overlay';
import { webglLikely } from '../../map/webgl';
import { ModelContext, StoreContext } from '../../ui/context';

/** The map's box in CSS pixels (a laptop screen's map, 16:9) and the scale that takes it to 1920x1080. */
export const SLIDE_MAP = { width: 1280, height: 720, scale: 1.5 } as const;
const MAP_LOAD_TIMEOUT_MS = 60_000;
/** The pixel ratio the hidden map settles each step at, before its one full-size frame. */
const DRAFT_PIXEL_RATIO = 0.375;

export interface SlideMapDrawer {
  renderer: 'webgl' | 'svg';
  /** The map of `state` (camera, date, layers, filters, selection), as a canvas of 1920x1080 pixels. */
  draw(state: AppState): Promise<HTMLCanvasElement>;
  destroy(): void;
}

type Drawable = Pick<AppState, 'view' | 'time' | 'filters' | 'compare' | 'selection'>;

/** A box the size of the map, laid out but never seen, that does not take clicks. */
function hiddenBox(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'slide-map-box';
  Object.assign(box.style, { position: 'fixed', left: '0', top: '0', width: `${SLIDE_MAP.width}px`, height: `${SLIDE_MAP.height}px`, visibility: 'hidden', pointerEvents: 'none', zIndex: '-1' });
  document.body.append(box);
  return box;
}

function copyOf(source: CanvasImageSource): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = Math.round(SLIDE_MAP.width * SLIDE_MAP.scale);
  out.height = Math.round(SLIDE_MAP.height * SLIDE_MAP.scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(source, 0, 0, out.width, out.height);
  return out;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * The state as the hidden map draws it: the colours of its mode (briefing mode's projector colours stay, as high
 * contrast) but never briefing mode itself, whose map leaves room for the page's open legend.
 */
function drawableOf(state: AppState): Drawable {
  return {
    view: { ...state.view, highContrast: usesHighContrast(state.view), mode: 'explore', tableOpen: false },
    time: { ...state.time, playing: false },
    filters: state.filters,
    compare: null,
    selection: state.selection,
  };
}

interface Places {
  model: Model;
  views: ViewSelectors;
}

async function webglDrawer(parts: MapParts, overlays: readonly MapOverlay[], first: AppState): Promise<SlideMapDrawer> {
  const [{ createMapController }, { bindLabelLanguage }] = await Promise.all([import('../../map/controller'), import('../../map/labels-lang')]);
  const store = createAppStore({ ...first, ...drawableOf(first) });
  const box = hiddenBox();
  let failed: ((error: unknown) => void) | undefined;
  const controller = createMapController(box, store, parts.basemap, overlays, { onFailedStart: (error) => failed?.(error), onContextLost: () => failed?.(new Error('WebGL context lost')) });
  const { map } = controller;
  const unbindLabels = bindLabelLanguage(map, store);
  const destroy = (): void => {
    unbindLabels();
    controller.destroy();
    box.remove();
  };
  const idle = (): Promise<void> =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  try {
    map.setPixelRatio(DRAFT_PIXEL_RATIO);
    await new Promise<void>((resolve, reject) => {
      failed = reject;
      const timer = setTimeout(() => reject(new Error('the map did not load')), MAP_LOAD_TIMEOUT_MS);
      map.once('load', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } catch (error) {
    destroy();
    throw error;
  }
  return {
    renderer: 'webgl',
    async draw(state) {
      // Software WebGL draws a frame of 1920x1080 in seconds, and the map draws one each time a tile arrives: the step
      // is first settled at a sixteenth of the pixels, then drawn once at full size from the tiles already made.
      map.setPixelRatio(DRAFT_PIXEL_RATIO);
      store.getState().replace(drawableOf(state));
      const { lon, lat, zoom } = state.view.camera;
      // The store's camera starts a flight on the map; a slide wants the end of it.
      map.jumpTo({ center: [lon, lat], zoom });
      await idle();
      map.setPixelRatio(SLIDE_MAP.scale);
      await idle();
      return copyOf(map.getCanvas());
    },
    destroy,
  };
}

async function svgDrawer({ model, views }: Places, parts: MapParts, first: AppState): Promise<SlideMapDrawer> {
  const { SvgMap } = await import('../../map/svg/SvgMap');
  const store: AppStore = createAppStore({ ...first, ...drawableOf(first) });
  const box = hiddenBox();
  render(
    <ModelContext.Provider value={{ model, views }}>
      <StoreContext.Provider value={store}>
        <SvgMap basemap={parts.basemap} geometries={parts.geometries} countryPoints={parts.countryPoints} routeLabel={parts.routeLabel} />
      </StoreContext.Provider>
    </ModelContext.Provider>,
    box,
  );
  return {
    renderer: 'svg',
    async draw(state) {
      store.getState().replace(drawableOf(state));
      // Preact renders on the next frames; the map is drawn once its countries are there at the box's size.
      let svg: SVGSVGElement | null = null;
      for (let i = 0; i < 600; i++) {
        await nextFrame();
        svg = box.querySelector<SVGSVGElement>('svg[data-testid="svg-map"]');
        if (svg && svg.getAttribute('width') === String(SLIDE_MAP.width) && svg.querySelector('.svg-country')) break;
      }
      await nextFrame();
      if (!svg) throw new Error('the SVG map did not draw');
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      copy.setAttribute('width', String(SLIDE_MAP.width * SLIDE_MAP.scale));
      copy.setAttribute('height', String(SLIDE_MAP.height * SLIDE_MAP.scale));
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        return copyOf(image);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    destroy() {
      render(null, box);
      box.remove();
    },
  };
}

/**
 * The WebGL drawer where the page draws the WebGL map's overlays and the browser has WebGL (the link does not ask for
 * the SVG map), else the SVG one.
 */
export async function openSlideMapDrawer(places: Places, first: AppState): Promise<SlideMapDrawer> {
  const parts = mapParts();
  if (!parts) throw new Error('the map is not ready yet');
  if (parts.overlays && webglLikely()) {
    try {
      return await webglDrawer(parts, parts.overlays, first);
    } catch (error) {
      console.warn('slides: WebGL map unavailable, drawing the SVG map:', error);
    }
  }
  return svgDrawer(places, parts, first);
}
