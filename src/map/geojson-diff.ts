// The change between two versions of an overlay's GeoJSON, as MapLibre's updateData diff: a timeline step usually
// adds or removes a few features out of thousands, and sending only those to the worker is far cheaper than setData.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONFeatureDiff, GeoJSONSourceDiff } from 'maplibre-gl';

type FeatureId = string | number;

function byId(fc: FeatureCollection): Map<FeatureId, Feature> | null {
  const out = new Map<FeatureId, Feature>();
  for (const f of fc.features) {
    if (f.id === undefined || out.has(f.id)) return null;
    out.set(f.id, f);
  }
  return out;
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  if (a.type === 'Point' && b.type === 'Point') return a.coordinates.length === b.coordinates.length && a.coordinates.every((c, i) => c === b.coordinates[i]);
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isEmptyDiff(diff: GeoJSONSourceDiff): boolean {
  return !diff.remove?.length && !diff.add?.length && !diff.update?.length && !diff.removeAll;
}

/**
 * What changed from `prev` to `next`, by feature id. Null when a diff cannot describe it (a feature without an id,
 * a duplicate id) or would not pay (more than half of the features change): the caller then sends all the data.
 * Feature order is not part of the diff: layers that need an order say so with a sort key.
 */
export function featureDiff(prev: FeatureCollection, next: FeatureCollection): GeoJSONSourceDiff | null {
  const before = byId(prev);
  const after = byId(next);
  if (!before || !after) return null;
  const remove: FeatureId[] = [];
  const add: Feature[] = [];
  const update: GeoJSONFeatureDiff[] = [];
  for (const id of before.keys()) if (!after.has(id)) remove.push(id);
  for (const [id, f] of after) {
    const old = before.get(id);
    if (old === f) continue; // the same feature object: its builder reused it, nothing changed
    if (!old) {
      add.push(f);
      continue;
    }
    const change: GeoJSONFeatureDiff = { id };
    if (!sameGeometry(old.geometry, f.geometry)) change.newGeometry = f.geometry;
    const oldProps = old.properties ?? {};
    const newProps = f.properties ?? {};
    const set = Object.keys(newProps)
      .filter((k) => !(k in oldProps) || !sameValue(oldProps[k], newProps[k]))
      .map((key) => ({ key, value: newProps[key] as unknown }));
    const unset = Object.keys(oldProps).filter((k) => !(k in newProps));
    if (set.length) change.addOrUpdateProperties = set;
    if (unset.length) change.removeProperties = unset;
    if (change.newGeometry || set.length || unset.length) update.push(change);
  }
  if (remove.length + add.length + update.length > Math.max(8, next.features.length / 2)) return null;
  const diff: GeoJSONSourceDiff = {};
  if (remove.length) diff.remove = remove;
  if (add.length) diff.add = add;
  if (update.length) diff.update = update;
  return diff;
}
