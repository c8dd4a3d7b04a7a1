// A story step as a store change: date, layers, filters, selection and camera, applied in one replace.
import type { StoryStep } from '../data/stories';
import { EMPTY_FILTERS } from './defaults';
import type { AppStore } from './store';
import { OVERLAY_IDS, type Filters, type OverlayId } from './types';

export function applyStoryStep(store: AppStore, storyId: string, stepIndex: number, step: StoryStep): void {
  const s = store.getState();
  const overlays = Object.fromEntries(OVERLAY_IDS.map((id) => [id, step.state.layers.includes(id)])) as Record<OverlayId, boolean>;
  const filters: Filters = { ...EMPTY_FILTERS, ...Object.fromEntries(Object.entries(step.state.filters ?? {}).map(([k, v]) => [k, [...(v ?? [])].sort()])) };
  s.replace({
    view: { ...s.view, overlays, camera: { ...step.camera }, cameraOrigin: 'app', story: { id: storyId, step: stepIndex } },
    time: { ...s.time, date: step.state.date, playing: false },
    filters,
    compare: step.state.compare ? { ...step.state.compare } : null,
    selection: step.state.selection ? { ...step.state.selection } : null,
  });
}
