// Which map the app draws, WebGL or the simplified SVG one: the first guess and the one switch a lost context makes.
// Kept apart from the SVG map's projection code, so the main bundle does not carry d3-geo.
import { webglLikely } from './webgl';

export type Renderer = 'webgl' | 'svg';

/** Said once, in the notices, when the app draws the SVG map instead of the WebGL one. */
export const SVG_FALLBACK_NOTICE = 'The interactive WebGL map is not available in this browser: showing the simplified map. All data, panels and filters still work.';

/** How long a lost WebGL context may take to come back before the app switches to the SVG map. */
export const CONTEXT_RESTORE_GRACE_MS = 3000;

/** The renderer in use, which may change once at run time (a lost WebGL context that does not come back). */
export interface RendererChoice {
  get(): Renderer;
  set(renderer: Renderer): void;
  subscribe(listener: (renderer: Renderer) => void): () => void;
}

export function createRendererChoice(initial: Renderer): RendererChoice {
  let current = initial;
  const listeners = new Set<(renderer: Renderer) => void>();
  return {
    get: () => current,
    set(renderer) {
      if (renderer === current) return;
      current = renderer;
      for (const l of listeners) l(renderer);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The renderer to start with: WebGL when the browser has the API (and the link does not ask for `renderer=svg`).
 * If the map then cannot create its context, the app switches to SVG.
 */
export function initialRenderer(): Renderer {
  return webglLikely() ? 'webgl' : 'svg';
}
