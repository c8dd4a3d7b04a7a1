// Stories made in the app: the steps recorded from views, edited in the story panel, downloaded as a stories file
// and opened again. Kept apart from the view store (they are documents, not view state) and not in the URL.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Story, StoryStep } from '../data/stories';
import type { Citation } from '../data/schema';
import type { Model } from '../data/model';
import { OVERLAY_IDS, FILTER_KEYS, type AppState } from './types';

export interface UserStories {
  stories: readonly Story[];
  /** The story the panel edits. */
  currentId: string | null;
}

export type UserStoriesStore = StoreApi<UserStories>;

export function createUserStories(): UserStoriesStore {
  return createStore<UserStories>()(() => ({ stories: [], currentId: null }));
}

/** The one the app uses; tests build their own with createUserStories. */
export const userStories = createUserStories();

const MAX_SOURCES = 3;

function citationsIn(value: unknown, out: Citation[]): void {
  if (Array.isArray(value)) for (const v of value) citationsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if (typeof obj['quote'] === 'string' && (typeof obj['seed'] === 'string' || typeof obj['external'] === 'string')) out.push(obj as unknown as Citation);
    else for (const v of Object.values(obj)) citationsIn(v, out);
  }
}

/** The sources of what is selected (its record's citations; for a country, those of its agreements too): a recorded step cites them. */
export function selectionSources(model: Model, selection: AppState['selection']): Citation[] {
  if (!selection) return [];
  const found: Citation[] = [];
  const record = selection.kind === 'country' ? model.countries.get(selection.id) : selection.kind === 'route' ? model.routes.get(selection.id) : selection.kind === 'mission' ? model.missions.get(selection.id) : model.funding.get(selection.id);
  citationsIn(record, found);
  if (selection.kind === 'country') {
    // What the dossier of the country shows: its agreements, missions, funding and routes through it.
    const id = selection.id;
    for (const a of model.dataset.agreements) if (a.partners.includes(id)) citationsIn(a.sources, found);
    for (const m of model.dataset.missions) if (m.country === id) citationsIn(m.sources, found);
    for (const f of model.dataset.funding) if (f.recipients.includes(id)) citationsIn(f.source, found);
    for (const r of model.dataset.routes) if ([...r.countries.origin, ...r.countries.transit, ...r.countries.destination].includes(id)) citationsIn(r.sources, found);
  }
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_SOURCES);
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/** The view as a story step: camera, date, visible layers, filters and selection, with the selection's sources. */
export function stepFromView(s: AppState, model: Model, title: string): StoryStep {
  const filters = Object.fromEntries(FILTER_KEYS.filter((k) => s.filters[k].length > 0).map((k) => [k, [...s.filters[k]]]));
  return {
    title,
    text: '',
    camera: { lon: round(s.view.camera.lon, 3), lat: round(s.view.camera.lat, 3), zoom: round(s.view.camera.zoom, 2) },
    state: {
      date: s.time.date,
      layers: OVERLAY_IDS.filter((id) => s.view.overlays[id]),
      ...(s.selection ? { selection: { ...s.selection } } : {}),
      ...(Object.keys(filters).length ? { filters } : {}),
      // A comparison on screen makes a comparison step (issue 19).
      ...(s.compare ? { compare: { ...s.compare } } : {}),
    },
    sources: selectionSources(model, s.selection),
  };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
