// The updateData diffs overlays send instead of setData: only what changed, or null when all data must be sent.
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { featureDiff, isEmptyDiff } from '../../src/map/geojson-diff';
import { memoizeList } from '../../src/selectors/memo';

const line: LineString = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
const point = (id: string, lon = 0, props: Record<string, unknown> = {}): Feature<Point> => ({ type: 'Feature', id, properties: { id, ...props }, geometry: { type: 'Point', coordinates: [lon, 0] } });
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const many = (n: number, props: Record<string, unknown> = {}) => Array.from({ length: n }, (_, i) => point(`p${i}`, i, props));

describe('featureDiff', () => {
  it('is empty when nothing changed, even with new but equal objects', () => {
    const diff = featureDiff(fc(many(20)), fc(many(20)));
    expect(diff).not.toBeNull();
    expect(isEmptyDiff(diff!)).toBe(true);
  });

  it('lists added and removed features by id', () => {
    const before = many(20);
    const after = [...before.slice(1), point('new', 99)];
    expect(featureDiff(fc(before), fc(after))).toEqual({ remove: ['p0'], add: [point('new', 99)] });
  });

  it('sends only the properties that changed, and a new geometry only when it moved', () => {
    const before = many(20, { emphasis: 'normal', width: 2 });
    const after = many(20, { emphasis: 'normal', width: 2 });
    after[3] = point('p3', 3, { emphasis: 'dimmed', width: 2 });
    after[4] = point('p4', 40, { emphasis: 'normal', width: 2 });
    expect(featureDiff(fc(before), fc(after))).toEqual({
      update: [
        { id: 'p3', addOrUpdateProperties: [{ key: 'emphasis', value: 'dimmed' }] },
        { id: 'p4', newGeometry: { type: 'Point', coordinates: [40, 0] } },
      ],
    });
  });

  it('removes properties that are gone', () => {
    const before = many(20, { label: 'x' });
    const after = many(20, { label: 'x' });
    after[0] = point('p0', 0);
    expect(featureDiff(fc(before), fc(after))).toEqual({ update: [{ id: 'p0', removeProperties: ['label'] }] });
  });

  it('compares lines by identity: the same curve object is not sent again', () => {
    const f = (g: LineString): Feature => ({ type: 'Feature', id: 'r', properties: {}, geometry: g });
    const same = featureDiff(fc([f(line), ...many(10)]), fc([f(line), ...many(10)]));
    expect(isEmptyDiff(same!)).toBe(true);
    const copy: LineString = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    expect(featureDiff(fc([f(line), ...many(10)]), fc([f(copy), ...many(10)]))?.update?.[0]?.newGeometry).toBe(copy);
  });

  it('gives up (null) without ids, with duplicate ids, or when most features change', () => {
    const noId: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } };
    expect(featureDiff(fc(many(5)), fc([...many(5), noId]))).toBeNull();
    expect(featureDiff(fc(many(5)), fc([...many(5), point('p1')]))).toBeNull();
    expect(featureDiff(fc(many(40, { v: 1 })), fc(many(40, { v: 2 })))).toBeNull();
  });
});

describe('memoizeList', () => {
  it('returns the previous list while the items are the same, and a new one when they differ', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    let calls = 0;
    const select = memoizeList((month: number) => {
      calls++;
      return month < 5 ? [a] : [a, b];
    });
    const first = select(1);
    expect(select(2)).toBe(first);
    expect(select(3)).toBe(first);
    const later = select(6);
    expect(later).not.toBe(first);
    expect(later).toEqual([a, b]);
    expect(calls).toBe(4);
  });
});
