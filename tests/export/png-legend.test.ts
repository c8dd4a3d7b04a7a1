// The PNG export's legend: the entries of what the view shows, laid out in rows that fit the image.
import { describe, expect, it } from 'vitest';
import { LEGEND, layoutLegend, type LegendEntry } from '../../src/export/png';
import { pngLegend } from '../../src/ui/png-legend';
import { fixtureModel } from '../fixtures/dataset';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { DEFAULT_THEME } from '../../src/map/theme';

const entry = (label: string): LegendEntry => ({ label, colour: '#000000', shape: 'fill' });
const width = (label: string) => label.length * 10;

describe('layoutLegend', () => {
  it('wraps to a new row when the next entry would pass the width', () => {
    // Each entry: swatch 16 + gap 6 + 100 = 122 px, then 18 px between entries.
    const { placed, height } = layoutLegend([entry('a'.repeat(10)), entry('b'.repeat(10)), entry('c'.repeat(10))], 270, width);
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [140, 0],
      [0, LEGEND.rowHeight],
    ]);
    expect(height).toBe(2 * LEGEND.rowHeight);
  });

  it('puts an entry wider than the image on a row of its own and takes no room when empty', () => {
    expect(layoutLegend([entry('x'.repeat(50))], 100, width).placed[0]).toMatchObject({ x: 0, y: 0 });
    expect(layoutLegend([], 100, width).height).toBe(0);
  });
});

describe('pngLegend', () => {
  const model = fixtureModel();
  const views = createViewSelectors(model);

  it('lists the EU, the partner categories, routes, mission kinds and the kinds of amount drawn at the date, once each', () => {
    const state = { ...defaultState(), time: { ...defaultState().time, date: '2016-06' } };
    const legend = pngLegend({ lang: 'en', theme: DEFAULT_THEME, model, overlays: state.view.overlays, partners: views.partners(state), missions: views.missions(state), fundingDrawn: views.fundingDrawn(state) });
    expect(legend[0]).toEqual({ label: 'EU member states', colour: DEFAULT_THEME.eu, shape: 'fill' });
    const categories = new Set(views.partners(state).map((p) => p.category));
    // One fill per category, and the faded sample when something is drawn apart (last reported or planned).
    const apart = views.anyApart(state) ? 1 : 0;
    expect(legend.some((e) => e.label.startsWith('Faded:'))).toBe(apart === 1);
    expect(legend.filter((e) => e.shape === 'fill').length).toBe(1 + categories.size + apart);
    expect(legend.filter((e) => e.shape === 'dot').length).toBe(new Set(views.missions(state).map((m) => m.kind)).size);
    const kinds = [...new Set(views.fundingDrawn(state).map((f) => f.stage))];
    expect(kinds.length).toBeGreaterThan(0);
    expect(legend.filter((e) => e.shape === 'line').length).toBe(1 + kinds.length);
    for (const kind of kinds) expect(legend).toContainEqual({ label: `Funding: ${kind}`, colour: DEFAULT_THEME.fundingStage[kind], shape: 'line' });
    expect(new Set(legend.map((e) => e.label)).size).toBe(legend.length);
  });

  it('leaves out the layers that are switched off', () => {
    const state = defaultState();
    const overlays = { ...state.view.overlays, partners: false, missions: false, funding: false, routes: false };
    const legend = pngLegend({ lang: 'fr', theme: DEFAULT_THEME, model, overlays, partners: views.partners(state), missions: views.missions(state), fundingDrawn: views.fundingDrawn(state) });
    expect(legend.map((e) => e.shape)).toEqual(state.view.overlays.displacement ? ['fill', 'dot'] : ['fill']);
  });
});
