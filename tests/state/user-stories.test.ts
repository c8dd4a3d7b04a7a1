// Stories made in the app: a view becomes a step with the selection's sources; ids are unique; steps reorder.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { defaultState } from '../../src/state/defaults';
import { moveItem, selectionSources, stepFromView } from '../../src/state/user-stories';
import { storyIdFor } from '../../src/outside/story';
import { describeField } from '../../src/ui/story-maker/stories-file';
import { storyStepSchema } from '../../src/data/stories';

const model = loadDataset();

describe('stories made in the app', () => {
  it('records camera, date, layers, filters and selection, citing the selection', () => {
    const s = defaultState();
    s.view.camera = { lon: 8.123456, lat: 17.98765, zoom: 4.456 };
    s.time.date = '2015-08';
    s.view.overlays = { routes: true, partners: false, missions: true, funding: false, displacement: false };
    s.filters = { ...s.filters, themes: ['security'] };
    s.selection = { kind: 'country', id: 'NE' };
    const step = stepFromView(s, model, 'Niger');
    expect(step.camera).toEqual({ lon: 8.123, lat: 17.988, zoom: 4.46 });
    expect(step.state).toEqual({ date: '2015-08', layers: ['routes', 'missions'], selection: { kind: 'country', id: 'NE' }, filters: { themes: ['security'] } });
    expect(step.sources.length).toBeGreaterThan(0);
    expect(storyStepSchema.safeParse({ ...step, text: 'Some text' }).success).toBe(true);
  });

  it('takes a comparison step whose date is month A, and names the field of one whose date is not', () => {
    const s = defaultState();
    s.selection = { kind: 'country', id: 'NE' };
    const step = { ...stepFromView(s, model, 'Then and now'), text: 'Some text' };
    const compared = (date: string, compare: { a: string; b: string }) => storyStepSchema.safeParse({ ...step, state: { ...step.state, date, compare } });
    expect(compared('2015-09', { a: '2015-09', b: '2024-06' }).success).toBe(true);
    const off = compared('2016-03', { a: '2015-09', b: '2024-06' });
    expect(off.success).toBe(false);
    expect(off.error?.issues[0]?.path).toEqual(['state', 'compare']);
    expect(compared('2015-09', { a: '2015-09', b: '2015-09' }).success).toBe(false);
  });

  it('has no source without a selection, so such a step does not validate', () => {
    const step = stepFromView(defaultState(), model, 'Nothing selected');
    expect(step.sources).toEqual([]);
    expect(storyStepSchema.safeParse({ ...step, text: 'x' }).success).toBe(false);
    expect(selectionSources(model, { kind: 'route', id: 'eastern-mediterranean' }).length).toBeGreaterThan(0);
  });

  it('makes unique ids from titles and moves steps', () => {
    expect(storyIdFor('Türkiye & Syria', new Set())).toBe('turkiye-syria');
    expect(storyIdFor('My story', new Set(['my-story', 'my-story-2']))).toBe('my-story-3');
    expect(storyIdFor('!!!', new Set())).toBe('story');
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('names the step and field of a problem', () => {
    expect(describeField('steps[1].text')).toBe('step 2, text');
    expect(describeField('steps[0].state.selection')).toBe('step 1, state.selection');
    expect(describeField('title')).toBe('title');
    expect(describeField('-')).toBe('file');
  });
});
