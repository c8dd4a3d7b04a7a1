// What the map's keys do (loaded with the navigator on the map's first focus or key, keys.ts): arrows move the focus
// ring between features by direction, along a route its stops, Enter opens the focused feature, Shift+arrows pan,
// +/- zoom, ? lists the keys.
import type { Position } from 'geojson';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/language-pack';
import { nearestInDirection, nearestTo, type Direction } from '../../selectors/map-features';
import type { AppStore } from '../../state/store';
import type { MapFocus } from '../../state/types';
import type { MapNavigator } from './navigator';
import { announceNote, openKeysHelp } from './notes';
import { nameIn } from '../../i18n/enumerations';
import { focusName } from './announce';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const NOTHING: Record<Direction, MessageKey> = { left: 'mapNothingLeft', right: 'mapNothingRight', up: 'mapNothingUp', down: 'mapNothingDown' };
const PAN_PX = 120;
/** A focused feature this close to the map's edge (px) counts as off-screen. */
const EDGE_PX = 24;

/** What a renderer lends the keys: its projection and its camera moves. */
export interface MapSurface {
  /** Pixels from the map element's top left corner. */
  project(at: Position): { x: number; y: number };
  size(): { width: number; height: number };
  panBy(dx: number, dy: number): void;
  zoomBy(delta: number): void;
  /** Brings a place to the middle of the map (the camera follows focus only when it leaves the screen). */
  centreOn(at: Position): void;
}

/** The part of a key event the moves read. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey'>;

export interface KeyHandler {
  /** Does what the key asks; false for a key the map does not use. */
  onKey(e: KeyPress): boolean;
  /** Puts the map's focus on a feature and the keyboard focus on the map. */
  show(focus: MapFocus): void;
  /** Stops watching the store (the map element is unbound). */
  dispose(): void;
}

/** The map element whose keys set the focus last: in a comparison, the two maps share one focus but not one content. */
let focusedOn: HTMLElement | null = null;

export function createKeyHandler(element: HTMLElement, store: AppStore, navigator: MapNavigator, surface: MapSurface): KeyHandler {
  const follow = (focus: MapFocus): void => {
    const at = navigator.placeOf(store.getState(), focus);
    if (!at) return;
    const p = surface.project(at);
    const { width, height } = surface.size();
    if (p.x < EDGE_PX || p.y < EDGE_PX || p.x > width - EDGE_PX || p.y > height - EDGE_PX) surface.centreOn(at);
  };
  const show = (focus: MapFocus): void => {
    focusedOn = element;
    store.getState().focus(focus);
    follow(focus);
    element.focus({ preventScroll: true });
  };
  const say = (key: MessageKey): void => announceNote(t(store.getState().view.lang, key));

  const move = (direction: Direction): void => {
    const s = store.getState();
    const candidates = navigator.features(s).map((f) => ({ ...surface.project(f.at), focus: { kind: f.kind, id: f.id } as MapFocus }));
    if (candidates.length === 0) return say('mapNothingDrawn');
    const current = s.focused;
    const at = current ? navigator.placeOf(s, current) : undefined;
    let next;
    if (at) {
      const from = surface.project(at);
      next = nearestInDirection(from, candidates.filter((c) => c.focus.kind !== current!.kind || c.focus.id !== current!.id), direction);
      if (!next) return say(NOTHING[direction]);
    } else {
      // The first press starts from the middle of the map: the nearest feature that way, else the nearest at all.
      const { width, height } = surface.size();
      const centre = { x: width / 2, y: height / 2 };
      next = nearestInDirection(centre, candidates, direction) ?? nearestTo(centre, candidates);
    }
    if (next) show(next.focus);
  };

  const walkRoute = (focus: MapFocus, to: (stop: number | undefined, last: number) => number | undefined): void => {
    const stops = navigator.stopsOf(store.getState(), focus.id);
    if (stops.length === 0) return;
    const stop = to(focus.stop, stops.length - 1);
    if (stop === focus.stop) return;
    show(stop === undefined ? { kind: 'route', id: focus.id } : { kind: 'route', id: focus.id, stop, country: stops[stop]!.iso2 });
  };

  // A focused feature the map stops drawing (the date, a layer or a filter changed) loses the focus, and the live
  // region says so, so that the ring and the next arrow do not start from something no longer there. On a route whose
  // stops changed with the date, the focus goes back to the whole route.
  const keepFocusOnMap = (): void => {
    const s = store.getState();
    const focus = s.focused;
    if (!focus || focusedOn !== element) return;
    if (!navigator.features(s).some((f) => f.kind === focus.kind && f.id === focus.id)) {
      s.focus(null);
      announceNote(t(s.view.lang, 'focusGone', { name: focusName(s.view.lang, navigator.model, focus) }));
    } else if (focus.kind === 'route' && focus.stop !== undefined && navigator.stopsOf(s, focus.id)[focus.stop]?.iso2 !== focus.country) {
      s.focus({ kind: 'route', id: focus.id });
    }
  };
  const offContent = store.subscribe((s) => navigator.content(s), keepFocusOnMap);
  const offDate = store.subscribe((s) => s.time.date, keepFocusOnMap);

  /** Whether the key did something (the caller then prevents its default). */
  const onKey = (e: KeyPress): boolean => {
    const s = store.getState();
    const focus = s.focused;
    const direction = ARROWS[e.key];
    let handled = true;
    if (direction && e.shiftKey) {
      const [dx, dy] = { left: [-PAN_PX, 0], right: [PAN_PX, 0], up: [0, -PAN_PX], down: [0, PAN_PX] }[direction];
      surface.panBy(dx!, dy!);
    } else if (focus?.kind === 'route' && e.key === 'ArrowRight') {
      const route = navigator.model.routes.get(focus.id);
      if (route && focus.stop === navigator.stopsOf(s, focus.id).length - 1) announceNote(t(s.view.lang, 'focusLastStop', { route: nameIn(s.view.lang, route) }));
      else walkRoute(focus, (stop) => (stop === undefined ? 0 : stop + 1));
    } else if (focus?.kind === 'route' && e.key === 'End') {
      walkRoute(focus, (_stop, last) => last);
    } else if (focus?.kind === 'route' && e.key === 'Home') {
      walkRoute(focus, () => 0);
    } else if (focus?.kind === 'route' && focus.stop !== undefined && e.key === 'ArrowLeft') {
      // Left from the first stop goes back to the whole route; Left on the whole route leaves it, as on any feature.
      walkRoute(focus, (stop) => (stop === 0 ? undefined : stop! - 1));
    } else if (direction) move(direction);
    else if (e.key === '+' || e.key === '=') surface.zoomBy(1);
    else if (e.key === '-' || e.key === '_') surface.zoomBy(-1);
    else if (e.key === '?') openKeysHelp();
    else if (e.key === 'Enter' && focus) {
      s.select(focus.kind === 'route' && focus.stop !== undefined && focus.country ? { kind: 'country', id: focus.country } : { kind: focus.kind, id: focus.id });
      // The details open beside the map; Escape there comes back here.
      const toPanel = (): boolean => {
        const panel = document.getElementById('side-panel');
        panel?.focus({ preventScroll: true });
        return panel !== null;
      };
      // The embed's card appears with the selection, after the next render.
      if (!toPanel()) setTimeout(toPanel, 0);
    } else handled = false;
    return handled;
  };
  const dispose = (): void => {
    if (focusedOn === element) focusedOn = null;
    offContent();
    offDate();
  };
  return { onKey, show, dispose };
}
