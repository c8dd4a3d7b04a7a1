// A story step can be a comparison of two months: checked like every step, and applied to the store with the rest.
import { describe, expect, it } from 'vitest';
import rawStories from '../../data/stories.json';
import { loadDataset } from '../../src/data/load';
import { validateStories } from '../../src/data/stories';
import { applyStoryStep } from '../../src/state/story';
import { createAppStore } from '../../src/state/store';

const model = loadDataset();

describe('comparison steps', () => {
  it('has the Western Balkans story end with a comparison of 2015-09 and 2024-06', () => {
    const { stories, problems } = validateStories(rawStories, model);
    expect(problems).toEqual([]);
    const story = stories.find((s) => s.id === 'western-balkans-2015-2024')!;
    expect(story.steps.at(-1)!.state.compare).toEqual({ a: '2015-09', b: '2024-06' });
  });

  it('applies the comparison of a step, and clears it on a step without one', () => {
    const { stories } = validateStories(rawStories, model);
    const story = stories.find((s) => s.id === 'western-balkans-2015-2024')!;
    const store = createAppStore();
    applyStoryStep(store, story.id, story.steps.length - 1, story.steps.at(-1)!);
    expect(store.getState().compare).toEqual({ a: '2015-09', b: '2024-06' });
    applyStoryStep(store, story.id, 0, story.steps[0]!);
    expect(store.getState().compare).toBeNull();
  });

  it('reports a comparison of a month with itself', () => {
    const broken = structuredClone(rawStories) as Array<{ id: string; steps: Array<{ state: Record<string, unknown> }> }>;
    broken[0]!.steps[0]!.state['compare'] = { a: '2015-09', b: '2015-09' };
    const { problems } = validateStories(broken, model);
    expect(problems.map((p) => p.field)).toEqual(['steps[0].state.compare']);
  });
});

describe('a step made from the view', () => {
  it('records the comparison on screen', async () => {
    const { stepFromView } = await import('../../src/state/user-stories');
    const store = createAppStore();
    store.getState().setCompare({ a: '2015-09', b: '2024-06' });
    expect(stepFromView(store.getState(), model, 'Then and now').state.compare).toEqual({ a: '2015-09', b: '2024-06' });
    store.getState().setCompare(null);
    expect(stepFromView(store.getState(), model, 'Now').state.compare).toBeUndefined();
  });
});
