// In briefing mode the open legend covers a side of the map: the map's padding leaves that strip out of the frame, so
// a step's centre (and a selection fitted to the frame) lands in the middle of the part of the map the room can see.
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { AppStore } from '../state/store';

/** The legend never takes more than this share of the map's width out of the frame. */
const MAX_SHARE = 0.4;
/** Room kept between the legend's edge and what the frame holds. */
const GAP_PX = 8;

/**
 * The strip of `canvas` that the open legend covers, as the map padding that keeps it out of the frame: on the side
 * the legend stands (left, or right in right-to-left pages), nothing on the others.
 */
export function legendPadding(canvas: DOMRectReadOnly, legend: DOMRectReadOnly | null): PaddingOptions {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!legend || legend.width === 0 || canvas.width === 0) return none;
  const overlapsVertically = legend.bottom > canvas.top && legend.top < canvas.bottom;
  if (!overlapsVertically) return none;
  const max = Math.round(canvas.width * MAX_SHARE);
  const onLeft = legend.left + legend.width / 2 < canvas.left + canvas.width / 2;
  const covered = onLeft ? legend.right - canvas.left : canvas.right - legend.left;
  if (covered <= 0) return none;
  const inset = Math.min(Math.round(covered + GAP_PX), max);
  return onLeft ? { ...none, left: inset } : { ...none, right: inset };
}

function samePadding(a: PaddingOptions, b: PaddingOptions): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/**
 * Calls `onPadding` with the legend's padding (legendPadding) for the map drawn in `frame` while the app is in briefing
 * mode, and with none in the other modes: at once, then whenever it changes (the legend opens, closes or resizes, the
 * frame resizes, the mode changes). Returns the function that stops watching.
 */
export function observeLegendPadding(store: AppStore, frame: Element, onPadding: (padding: PaddingOptions) => void, doc: Document = document): () => void {
  let watched: Element | null = null;
  let last: PaddingOptions | null = null;
  const resize = new ResizeObserver(() => update());
  function update(): void {
    const found = doc.querySelector<HTMLDetailsElement>('details.legend');
    if (found !== watched) {
      if (watched) resize.unobserve(watched);
      if (found) resize.observe(found);
      watched = found;
    }
    const legend = store.getState().view.mode === 'briefing' && found?.open ? found : null;
    const padding = legendPadding(frame.getBoundingClientRect(), legend ? legend.getBoundingClientRect() : null);
    if (last && samePadding(padding, last)) return;
    last = padding;
    onPadding(padding);
  }
  const onToggle = (e: Event): void => {
    if (e.target instanceof Element && e.target.matches('details.legend')) update();
  };
  // `toggle` does not bubble: listened to on the way down.
  doc.addEventListener('toggle', onToggle, true);
  resize.observe(frame);
  // Entering or leaving briefing mode, and in it the layers a step shows (the legend's entries change with them); not
  // every camera move or other view change.
  const unsubscribe = store.subscribe((s) => (s.view.mode === 'briefing' ? s.view.overlays : null), update);
  update();
  return () => {
    unsubscribe();
    resize.disconnect();
    doc.removeEventListener('toggle', onToggle, true);
  };
}

/**
 * Keeps the WebGL map's padding in step with the legend (observeLegendPadding). A change waits for a camera flight to
 * end, so it never cuts one short. Returns the function that stops watching.
 */
export function watchLegendInset(map: MapLibreMap, store: AppStore, doc: Document = document): () => void {
  let waiting = false;
  let wanted: PaddingOptions = map.getPadding();
  const apply = (): void => {
    if (samePadding(wanted, map.getPadding())) return;
    if (!map.isMoving()) {
      map.setPadding(wanted);
      return;
    }
    if (waiting) return;
    waiting = true;
    map.once('moveend', () => {
      waiting = false;
      apply();
    });
  };
  return observeLegendPadding(
    store,
    map.getContainer(),
    (padding) => {
      wanted = padding;
      apply();
    },
    doc,
  );
}
