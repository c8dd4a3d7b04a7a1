// @vitest-environment happy-dom
// One fixture view drawn by both renderers: per feature, the WebGL layers (their paint and layout expressions evaluated
// as MapLibre would) and the SVG map (rendered to a DOM) use the same colour, width, opacity, dash and symbol.
import { describe, expect, it } from 'vitest';
import { render, type ComponentChildren } from 'preact';
import { Color, featureFilter, latest, normalizePropertyExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { countryPlaces } from '../../src/selectors/places';
import { defaultState } from '../../src/state/defaults';
import type { AppState, Selection } from '../../src/state/types';
import { DEFAULT_THEME, HIGH_CONTRAST_THEME, type MapTheme } from '../../src/map/theme';
import { LAYER } from '../../src/map/ids';
import { routeFeatures, routeLabelFeatures, routesOverlay } from '../../src/map/layers/routes';
import { routeLabelBudget } from '../../src/map/style/routes';
import { partnerFeatures, partnersOverlay, LAYER_PARTNER_HATCH } from '../../src/map/layers/partners';
import { fundingFeatures, fundingOverlay } from '../../src/map/layers/funding';
import { missionFeatures, missionsOverlay } from '../../src/map/layers/missions';
import { displacementFeatures, displacementOverlay, hostedFigureFeatures } from '../../src/map/layers/displacement';
import { euMembersOverlay } from '../../src/map/layers/eu-members';
import { basemapLabelLayers, basemapMiddleLayers } from '../../src/map/layers/basemap';
import { cameraProjection, pixelPath } from '../../src/map/svg/projection';
import type { SvgFrame } from '../../src/map/svg/common';
import { routeLayout, SvgRoutes } from '../../src/map/svg/routes';
import { overlaps, ROUTE_LABEL_MAX_EM } from '../../src/map/svg/label-boxes';
import { SvgPartners } from '../../src/map/svg/partners';
import { SvgFunding } from '../../src/map/svg/funding';
import { SvgMissions } from '../../src/map/svg/missions';
import { SvgDisplacement } from '../../src/map/svg/displacement';
import { SvgBorders, SvgCountries } from '../../src/map/svg/basemap';
import { SvgCountryLabels } from '../../src/map/svg/country-labels';
import { MISSION_STYLE, missionIconName, missionSymbol } from '../../src/map/style/missions';

const model = loadDataset();
const views = createViewSelectors(model);
const basemap = loadBasemap();
const places = countryPlaces(basemap);
const label = (id: string): string => `label of ${id}`;
const WIDTH = 1400;
const HEIGHT = 800;

type Paint = Record<string, unknown>;
const styleReference = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = { Point: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 };

/** What MapLibre computes for one paint or layout property of a layer, for this feature (with its feature state) at this zoom. */
function evaluate(layer: LayerSpecification, group: 'paint' | 'layout', property: string, feature: Feature<Geometry, object>, zoom: number, featureState: Record<string, unknown> = {}): unknown {
  const raw = ((layer as { [k: string]: unknown })[group] as Paint | undefined)?.[property];
  const spec = styleReference[`${group}_${layer.type}`]![property]!;
  const expression = normalizePropertyExpression(raw as never, property, spec);
  return expression.evaluate({ zoom }, { type: GEOMETRY_TYPE[feature.geometry.type]!, properties: feature.properties as Record<string, unknown>, id: feature.id }, featureState as never);
}

/** Whether the layer's filter keeps the feature (MapLibre evaluates filters at the tile's whole zoom). */
function keeps(layer: LayerSpecification, feature: Feature<Geometry, object>, zoom: number, filter = (layer as { filter?: FilterSpecification }).filter): boolean {
  return featureFilter(filter, 'filter').filter({ zoom: Math.floor(zoom) }, { type: GEOMETRY_TYPE[feature.geometry.type]!, properties: feature.properties as Record<string, unknown> });
}

const rgba = (value: unknown): string => (value instanceof Color ? value : Color.parse(String(value))!).toString();
const num = (el: Element | null | undefined, attribute: string): number => Number(el?.getAttribute(attribute) ?? NaN);
const layerById = (layers: readonly LayerSpecification[], id: string): LayerSpecification => layers.find((l) => l.id === id) ?? expect.fail(`no layer ${id}`);

function draw(children: ComponentChildren): Element {
  const host = document.createElement('div');
  render(<svg>{children}</svg>, host);
  return host;
}

interface Case {
  name: string;
  theme: MapTheme;
  zoom: number;
  selection: (s: AppState) => Selection;
}

const cases: Case[] = [
  { name: 'default theme, a route selected, zoom 2.6', theme: DEFAULT_THEME, zoom: 2.6, selection: (s) => ({ kind: 'route', id: views.routes(s)[0]!.route.id }) },
  { name: 'high contrast, a partner selected, zoom 4.3', theme: HIGH_CONTRAST_THEME, zoom: 4.3, selection: (s) => ({ kind: 'country', id: views.partners(s)[0]!.iso2 }) },
];

describe.each(cases)('both renderers, $name', ({ theme, zoom, selection }) => {
  const base = defaultState();
  const state: AppState = { ...base, view: { ...base.view, camera: { ...base.view.camera, zoom }, overlays: { ...base.view.overlays, displacement: true } } };
  state.selection = selection(state);
  const projection = cameraProjection(state.view.camera, WIDTH, HEIGHT);
  const frame: SvgFrame = { projection, path: pixelPath(projection), width: WIDTH, height: HEIGHT, zoom, theme };

  it('draws each route with the same line, casing, schematic centre dashes, arrowheads and label', () => {
    const features = routeFeatures(views.routes(state), state.selection, (r) => label(r.route.id));
    const layers = routesOverlay(views, (r) => label(r.route.id)).layers(theme);
    const svg = draw(<SvgRoutes features={features} frame={frame} layout={routeLayout(features, frame)} />);
    expect(features.features.length).toBeGreaterThanOrEqual(3);
    expect(features.features.some((f) => f.properties.emphasis === 'dimmed')).toBe(true);
    let labelled = 0;
    for (const f of features.features) {
      const group = svg.querySelector(`[data-select="route:${f.properties.id}"]`);
      const opacity = num(group, 'opacity');
      const line = layerById(layers, LAYER.routesLine);
      const path = group?.querySelector('.svg-route');
      expect(path?.getAttribute('stroke') && rgba(path.getAttribute('stroke'))).toBe(rgba(evaluate(line, 'paint', 'line-color', f, zoom)));
      expect(num(path, 'stroke-width')).toBeCloseTo(Number(evaluate(line, 'paint', 'line-width', f, zoom)), 6);
      expect(opacity).toBeCloseTo(Number(evaluate(line, 'paint', 'line-opacity', f, zoom)), 6);
      expect(path?.getAttribute('stroke-dasharray')).toBeNull();

      const casing = layerById(layers, LAYER.routesCasing);
      const casingPath = group?.querySelector('.svg-route-casing');
      expect(rgba(casingPath?.getAttribute('stroke'))).toBe(rgba(evaluate(casing, 'paint', 'line-color', f, zoom)));
      expect(num(casingPath, 'stroke-width')).toBeCloseTo(Number(evaluate(casing, 'paint', 'line-width', f, zoom)), 6);
      expect(num(casingPath, 'stroke-opacity') * opacity).toBeCloseTo(Number(evaluate(casing, 'paint', 'line-opacity', f, zoom)), 6);

      // Only schematic routes are dashed, in both renderers; MapLibre's dash is in units of the line's width.
      const centre = layerById(layers, LAYER.routesSchematic);
      const centrePath = group?.querySelector('.svg-route-centre');
      expect(Boolean(centrePath)).toBe(keeps(centre, f, zoom));
      if (centrePath) {
        const width = Number(evaluate(centre, 'paint', 'line-width', f, zoom));
        const dash = (centre.paint as Paint)['line-dasharray'] as ['literal', [number, number]];
        expect(num(centrePath, 'stroke-width')).toBeCloseTo(width, 6);
        expect(centrePath.getAttribute('stroke-dasharray')?.split(' ').map(Number)).toEqual(dash[1].map((d) => d * width));
        expect(rgba(centrePath.getAttribute('stroke'))).toBe(rgba(evaluate(centre, 'paint', 'line-color', f, zoom)));
        expect(num(centrePath, 'stroke-opacity') * opacity).toBeCloseTo(Number(evaluate(centre, 'paint', 'line-opacity', f, zoom)), 6);
      }

      const arrows = layerById(layers, LAYER.routesArrows);
      const arrow = group?.querySelector('.svg-route-arrow');
      if (arrow) {
        const tip = Number(/^M([\d.]+),0/.exec(arrow.getAttribute('d') ?? '')?.[1]);
        expect(tip * 2).toBeCloseTo(Number(evaluate(arrows, 'layout', 'text-size', f, zoom)), 6);
        expect(rgba(arrow.getAttribute('fill'))).toBe(rgba(evaluate(arrows, 'paint', 'text-color', f, zoom)));
        expect(num(arrow, 'stroke-width')).toBe(2 * Number(evaluate(arrows, 'paint', 'text-halo-width', f, zoom)));
      }

      const labels = layerById(layers, LAYER.routesLabel);
      const text = group?.querySelector('text');
      // A label that would overlap one placed before is left out, in both renderers (see the budget test below).
      if (!text) continue;
      labelled++;
      // Wrapped in lines (tspans) as MapLibre wraps at text-max-width.
      expect([...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')).toBe(f.properties.label);
      expect(Number(evaluate(labels, 'layout', 'text-max-width', f, zoom))).toBe(ROUTE_LABEL_MAX_EM);
      expect(num(text, 'font-size')).toBe(Number(evaluate(labels, 'layout', 'text-size', f, zoom)));
      expect(rgba(text.getAttribute('fill'))).toBe(rgba(evaluate(labels, 'paint', 'text-color', f, zoom)));
      expect(num(text, 'stroke-width')).toBe(2 * Number(evaluate(labels, 'paint', 'text-halo-width', f, zoom)));
    }
    expect(labelled).toBeGreaterThanOrEqual(2);
  });

  it('fills each partner with the same colour and opacity, and hatches the same ones', () => {
    const features = partnerFeatures(views.partners(state), places.geometries, state.selection);
    const overlay = partnersOverlay(views, places.geometries);
    const layers = overlay.layers(theme);
    // WebGL draws partners on the basemap's countries: filtered at the date, coloured by feature state.
    const filterAt = (layer: string): FilterSpecification | undefined => overlay.filters?.find((f) => f.layer === layer)?.at(state);
    const statesAt = overlay.states?.[0]?.at(state) ?? new Map();
    const paths = new Map(features.features.map((f) => [f.properties.iso2, 'M0,0']));
    const svg = draw(<SvgPartners features={features} countryPaths={paths} theme={theme} />);
    expect(new Set(features.features.map((f) => f.properties.category)).size).toBeGreaterThanOrEqual(2);
    expect([...statesAt.keys()].sort()).toEqual(features.features.map((f) => f.properties.iso2).sort());
    for (const f of features.features) {
      // The basemap's country feature: only its iso2, the rest is in its state.
      const country = { ...f, properties: { iso2: f.properties.iso2 } };
      const featureState = { ...statesAt.get(f.properties.iso2) };
      const fill = layerById(layers, LAYER.partnerFill);
      expect(keeps(fill, country, zoom, filterAt(LAYER.partnerFill))).toBe(true);
      const path = svg.querySelector(`.svg-partner[data-iso2="${f.properties.iso2}"]`);
      expect(rgba(path?.getAttribute('fill'))).toBe(rgba(evaluate(fill, 'paint', 'fill-color', country, zoom, featureState)));
      expect(num(path, 'fill-opacity')).toBeCloseTo(Number(evaluate(fill, 'paint', 'fill-opacity', country, zoom, featureState)), 6);
      const hatch = layerById(layers, LAYER_PARTNER_HATCH);
      const hatchPath = svg.querySelector(`.svg-partner-hatch[data-iso2="${f.properties.iso2}"]`);
      expect(Boolean(hatchPath)).toBe(keeps(hatch, country, zoom, filterAt(LAYER_PARTNER_HATCH)));
      if (hatchPath) expect(num(hatchPath, 'fill-opacity')).toBe(Number(evaluate(hatch, 'paint', 'fill-opacity', country, zoom, featureState)));
    }
  });

  it('draws each funding arc with the same colour, width and opacity', () => {
    const features = fundingFeatures(views.fundingDrawn(state), places.points, state.selection);
    const layer = layerById(fundingOverlay(views, places.points).layers(theme), LAYER.fundingArcs);
    const svg = draw(<SvgFunding features={features} frame={frame} labelOf={label} />);
    expect(features.features.length).toBeGreaterThanOrEqual(3);
    for (const f of features.features) {
      const path = svg.querySelector(`.svg-arc[data-id="${f.properties.id}"]`);
      expect(rgba(path?.getAttribute('stroke'))).toBe(rgba(evaluate(layer, 'paint', 'line-color', f, zoom)));
      expect(num(path, 'stroke-width')).toBe(Number(evaluate(layer, 'paint', 'line-width', f, zoom)));
      expect(num(path, 'stroke-opacity')).toBeCloseTo(Number(evaluate(layer, 'paint', 'line-opacity', f, zoom)), 6);
    }
  });

  it('draws each mission with the same symbol, size and opacity', () => {
    const features = missionFeatures(views.missions(state), state.selection);
    const layer = layerById(missionsOverlay(views).layers(theme), LAYER.missionsSymbols);
    const svg = draw(<SvgMissions features={features} frame={frame} />);
    expect(new Set(features.features.map((f) => f.properties.kind)).size).toBeGreaterThanOrEqual(3);
    for (const f of features.features) {
      const group = svg.querySelector(`.svg-mission[data-id="${f.properties.id}"]`);
      const kind = group?.getAttribute('data-kind') ?? '';
      expect(String(evaluate(layer, 'layout', 'icon-image', f, zoom))).toBe(missionIconName(f.properties.kind));
      expect(kind).toBe(f.properties.kind);
      expect(num(group, 'opacity')).toBeCloseTo(Number(evaluate(layer, 'paint', 'icon-opacity', f, zoom)), 6);
      const size = num(group?.querySelector('svg'), 'width');
      expect(size).toBeCloseTo(MISSION_STYLE.iconPx * Number(evaluate(layer, 'layout', 'icon-size', f, zoom)), 6);
      // The map's icon is this symbol drawn on a canvas (layers/missions.ts): the same shape, fill and edge.
      const symbol = missionSymbol(f.properties.kind, theme, size);
      const shape = group?.querySelector('path');
      expect([shape?.getAttribute('d'), shape?.getAttribute('fill'), shape?.getAttribute('stroke'), num(shape, 'stroke-width')]).toEqual([symbol.path, symbol.fill, symbol.stroke, symbol.strokeWidth]);
    }
  });

  it('draws displacement circles and hosted-refugee rings alike', () => {
    const circles = displacementFeatures(views.displacement(state), places.points);
    const hosted = hostedFigureFeatures(views.hostedFigures(state), places.points, (f) => label(f.id));
    const layers = displacementOverlay(views, places.points, (f) => label(f.id)).layers(theme);
    const svg = draw(<SvgDisplacement circles={circles} hosted={hosted} frame={frame} />);
    expect(circles.features.length).toBeGreaterThanOrEqual(1);
    const circleLayer = layerById(layers, LAYER.displacementCircles);
    for (const f of circles.features) {
      const circle = svg.querySelector(`.svg-displacement-circle[data-id="${f.properties.id}"]`);
      if (!projection(f.geometry.coordinates as [number, number])) continue;
      expect(num(circle, 'r')).toBe(Number(evaluate(circleLayer, 'paint', 'circle-radius', f, zoom)));
      expect(rgba(circle?.getAttribute('fill'))).toBe(rgba(evaluate(circleLayer, 'paint', 'circle-color', f, zoom)));
      expect(num(circle, 'fill-opacity')).toBe(Number(evaluate(circleLayer, 'paint', 'circle-opacity', f, zoom)));
      expect(rgba(circle?.getAttribute('stroke'))).toBe(rgba(evaluate(circleLayer, 'paint', 'circle-stroke-color', f, zoom)));
      expect(num(circle, 'stroke-width')).toBe(Number(evaluate(circleLayer, 'paint', 'circle-stroke-width', f, zoom)));
    }
    const ringLayer = layerById(layers, LAYER.hostedFigures);
    const ringLabel = layerById(layers, LAYER.hostedFiguresLabel);
    for (const f of hosted.features) {
      const group = svg.querySelector(`.svg-hosted[data-figures="${f.properties.figures}"]`);
      const ring = group?.querySelector('.svg-hosted-ring');
      expect(num(ring, 'r')).toBe(Number(evaluate(ringLayer, 'paint', 'circle-radius', f, zoom)));
      expect(rgba(ring?.getAttribute('fill'))).toBe(rgba(evaluate(ringLayer, 'paint', 'circle-color', f, zoom)));
      expect(rgba(ring?.getAttribute('stroke'))).toBe(rgba(evaluate(ringLayer, 'paint', 'circle-stroke-color', f, zoom)));
      expect(num(ring, 'stroke-width')).toBe(Number(evaluate(ringLayer, 'paint', 'circle-stroke-width', f, zoom)));
      const text = group?.querySelector('text');
      expect(num(text, 'font-size')).toBe(Number(evaluate(ringLabel, 'layout', 'text-size', f, zoom)));
      expect(rgba(text?.getAttribute('fill'))).toBe(rgba(evaluate(ringLabel, 'paint', 'text-color', f, zoom)));
      expect(num(text, 'stroke-width')).toBeCloseTo(2 * Number(evaluate(ringLabel, 'paint', 'text-halo-width', f, zoom)), 6);
    }
  });

  it('leaves out the country names that would overlap a route label', () => {
    const features = routeFeatures(views.routes(state), state.selection, (r) => label(r.route.id));
    const routeLabels = routeLayout(features, frame).labels;
    const names = (occupied: ReadonlyArray<readonly [number, number, number, number]>): Array<{ x: number; y: number }> =>
      [...draw(<SvgCountryLabels basemap={basemap} frame={frame} lang="en" occupied={occupied} />).querySelectorAll('.svg-labels text')].map((t) => ({ x: num(t, 'x'), y: num(t, 'y') }));
    const free = names([]);
    const beside = names(routeLabels.map((l) => l.box));
    expect(routeLabels.length).toBeGreaterThan(0);
    expect(beside.length).toBeLessThan(free.length);
    // No name kept has its anchor inside a route label's box.
    expect(beside.filter((p) => routeLabels.some(({ box }) => p.x > box[0] && p.x < box[2] && p.y > box[1] && p.y < box[3]))).toEqual([]);
  });

  it('fills the EU members, draws borders and names the same countries at this zoom', () => {
    const members = new Set(views.euMembers(state));
    const eu = euMembersOverlay(views);
    const euLayer = { ...layerById(eu.layers(theme), LAYER.euFill), filter: eu.filters![0]!.at({ ...state } as never) } as LayerSpecification;
    const paths = new Map(basemap.countries.features.map((f) => [f.properties.iso2, 'M0,0']));
    const svg = draw(
      <>
        <SvgCountries basemap={basemap} frame={frame} countryPaths={paths} euMembers={members} nameOf={(_, name) => name} />
        <SvgBorders d="M0,0" frame={frame} />
        <SvgCountryLabels basemap={basemap} frame={frame} lang="en" />
      </>,
    );
    for (const f of basemap.countries.features) {
      const path = svg.querySelector(`.svg-country[data-iso2="${f.properties.iso2}"]`);
      expect(path?.hasAttribute('data-eu')).toBe(keeps(euLayer, f, zoom));
      if (keeps(euLayer, f, zoom)) expect(rgba(path?.getAttribute('fill'))).toBe(rgba(evaluate(euLayer, 'paint', 'fill-color', f, zoom)));
    }
    const borders = layerById(basemapMiddleLayers(theme), LAYER.borders);
    const lines = basemap.countries.features[0]!;
    expect(num(svg.querySelector('.svg-borders'), 'stroke-width')).toBeCloseTo(Number(evaluate(borders, 'paint', 'line-width', lines, zoom)), 6);
    expect(rgba(svg.querySelector('.svg-borders')?.getAttribute('stroke'))).toBe(rgba(evaluate(borders, 'paint', 'line-color', lines, zoom)));

    const labels = layerById(basemapLabelLayers(theme), LAYER.countryLabels);
    const named = new Set([...svg.querySelectorAll('.svg-labels text')].map((t) => t.getAttribute('data-iso2')));
    expect(named.size).toBeGreaterThanOrEqual(10);
    // The SVG map drops names that would overlap: alone on the map, a country is named exactly when the WebGL filter keeps it.
    for (const f of basemap.labels.features) {
      const p = projection(f.geometry.coordinates as [number, number]);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > WIDTH || p[1] > HEIGHT) continue;
      const alone = draw(<SvgCountryLabels basemap={{ ...basemap, labels: { type: 'FeatureCollection', features: [f] } }} frame={frame} lang="en" />);
      expect(alone.querySelectorAll('.svg-labels text').length === 1, f.properties.iso2).toBe(keeps(labels, f, zoom));
    }
    const sample = basemap.labels.features.find((f) => named.has(f.properties.iso2))!;
    expect(num(svg.querySelector('.svg-labels'), 'font-size')).toBeCloseTo(Number(evaluate(labels, 'layout', 'text-size', sample, zoom)), 6);
    expect(num(svg.querySelector('.svg-labels text'), 'stroke-width')).toBeCloseTo(2 * Number(evaluate(labels, 'paint', 'text-halo-width', sample, zoom)), 6);
  });
});

describe('route labels beyond a zoom level’s budget', () => {
  // Many more routes than a zoom level can label: the curated routes copied, with widths spread over the copies.
  const base = defaultState();
  const curated = routeFeatures(views.routes(base), null, (r) => label(r.route.id)).features;
  const many = Array.from({ length: 120 }, (_, i) => {
    const f = curated[i % curated.length]!;
    return { ...f, id: `${f.properties.id}-${i}`, properties: { ...f.properties, id: `${f.properties.id}-${i}`, width: 1 + ((i * 37) % 120) / 10, emphasis: i === 77 ? ('selected' as const) : ('dimmed' as const) } };
  });
  const lines = { type: 'FeatureCollection' as const, features: many };
  const labelLayer = layerById(routesOverlay(views, (r) => label(r.route.id)).layers(DEFAULT_THEME), LAYER.routesLabel);

  it.each([3, 4, 5])('at zoom %i, both renderers label the same routes: the selected one, then the widest', (zoom) => {
    const kept = new Set(routeLabelFeatures(lines).features.filter((f) => keeps(labelLayer, f, zoom)).map((f) => f.properties.id));
    const budget = routeLabelBudget(zoom);
    expect(kept.size).toBe(Math.min(budget, many.length));
    expect(kept.has(many[77]!.properties.id)).toBe(true);
    const widest = [...many].filter((f) => f.properties.emphasis !== 'selected').sort((a, b) => b.properties.width - a.properties.width);
    // Every kept route is at least as wide as every route left without a label (the selected one aside).
    const narrowestKept = Math.min(...widest.filter((f) => kept.has(f.properties.id)).map((f) => f.properties.width));
    expect(widest.filter((f) => !kept.has(f.properties.id)).every((f) => f.properties.width <= narrowestKept)).toBe(true);

    const projection = cameraProjection({ ...base.view.camera, zoom }, WIDTH, HEIGHT);
    const frame: SvgFrame = { projection, path: pixelPath(projection), width: WIDTH, height: HEIGHT, zoom, theme: DEFAULT_THEME };
    const layout = routeLayout(lines, frame);
    const places = layout.labels;
    const svg = draw(<SvgRoutes features={lines} frame={frame} layout={layout} />);
    const labelled = new Set([...svg.querySelectorAll('[data-select] text')].map((t) => t.closest('[data-select]')?.getAttribute('data-select')?.replace('route:', '')));
    // The SVG map labels routes of the same queue, and like MapLibre drops a label that would overlap one placed before.
    expect(labelled.has(many[77]!.properties.id)).toBe(true);
    expect([...labelled].every((id) => id !== undefined && kept.has(id))).toBe(true);
    expect(places.every((a, i) => places.every((b, j) => i === j || !overlaps(a.box, b.box)))).toBe(true);
  });
});
