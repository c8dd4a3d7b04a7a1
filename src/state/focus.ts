// The map's keyboard focus as the highlight it shares with the pointer's hover.
import type { MapFocus, Selection } from './types';

export function sameFeature(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

/** What the focus highlights as hover does: the feature, or on a route stop the stop's country. */
export function focusHighlight(focus: MapFocus): Selection {
  return focus.country && focus.stop !== undefined ? { kind: 'country', id: focus.country } : { kind: focus.kind, id: focus.id };
}
