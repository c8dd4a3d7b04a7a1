// A story from outside (a story link, a stories file, the projector's message to the presenter): read within bounds,
// every field's type checked before use, every value checked against the app's world (months on the timeline, ids of
// real records, known layers), text cleaned and cut to its field's limit. What is unsound is left out with a problem;
// the rest of the story is kept. A story with no sound step, or no title, is refused.
import type { Story, StoryStep, SpeakerNote } from '../data/stories';
import type { Citation } from '../data/schema';
import { problem, type Problem, type ProblemSource } from './problem';
import { cleanText } from './text';
import {
  FILTER_KEYS,
  isMonth,
  isOverlayId,
  isRecordId,
  isSelectionKind,
  isStoryId,
  isValidComparison,
  MAX_NOTES,
  MAX_SOURCES,
  MAX_STEPS,
  onTimeline,
  TEXT_LIMITS,
  TIMELINE_END,
  TIMELINE_START,
  type FilterKey,
  type OverlayId,
  type TextField,
  type World,
} from './vocabulary';

/** Values one filter of a step may list. */
export const MAX_FILTER_VALUES = 200;
/** Characters of a citation's quote, reference or note. */
export const MAX_CITATION_TEXT = 2000;

export interface ReadStory {
  story: Story | null;
  problems: Problem[];
}

type Obj = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A story id made from its title ("Türkiye & Syria" -> "turkiye-syria"): lower-case letters and digits joined by
 * hyphens, at most 60 characters; "-2", "-3"... added while it is among `taken`. The one home of this rule: the story
 * maker names a new story with it, and a story from outside whose id is unusable gets its id from it.
 */
export function storyIdFor(title: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'story';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

class Reading {
  readonly problems: Problem[] = [];
  constructor(
    readonly source: ProblemSource,
    readonly world: World | undefined,
  ) {}

  add(p: Problem): void {
    this.problems.push(p);
  }

  /** A user-written text: cleaned, cut to its limit; null (with a problem) when it is not text or is empty. */
  text(value: unknown, field: string, limit: number | TextField, outcome: 'refused' | 'stepLeftOut' | 'ignored'): string | null {
    const max = typeof limit === 'number' ? limit : TEXT_LIMITS[limit];
    if (value === undefined || value === null || value === '') {
      this.add(problem(this.source, field, 'missing', outcome));
      return null;
    }
    if (typeof value !== 'string') {
      this.add(problem(this.source, field, 'malformed', outcome, undefined, 'text'));
      return null;
    }
    // Cut before cleaning, so a huge text costs no more than its first characters.
    let text = value.length > max * 2 ? value.slice(0, max * 2) : value;
    const cleaned = cleanText(text);
    if (cleaned !== text) this.add(problem(this.source, field, 'hiddenCharacters', 'cleaned'));
    text = cleaned.trim();
    if (text === '') {
      this.add(problem(this.source, field, 'missing', outcome));
      return null;
    }
    const chars = Array.from(text);
    if (chars.length > max || value.length > max * 2) {
      this.add(problem(this.source, field, 'tooLong', 'cut', value, max));
      text = chars.slice(0, max).join('');
    }
    return text;
  }
}

function readCitation(r: Reading, value: unknown, field: string): Citation | null {
  if (!isPlainObject(value)) {
    r.add(problem(r.source, field, 'malformed', 'ignored', undefined, 'source'));
    return null;
  }
  const out: Obj = {};
  for (const key of ['seed', 'quote', 'note', 'background', 'reference']) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      r.add(problem(r.source, `${field}.${key}`, 'malformed', 'ignored', undefined, 'text'));
      return null;
    }
    out[key] = cleanText(v.slice(0, MAX_CITATION_TEXT));
  }
  const keys = Object.keys(value);
  if (keys.length > 5 || keys.some((k) => !(k in out))) {
    r.add(problem(r.source, field, 'malformed', 'ignored', undefined, 'source'));
    return null;
  }
  return out as Citation;
}

function readSources(r: Reading, value: unknown, field: string): Citation[] {
  if (!Array.isArray(value)) {
    r.add(problem(r.source, field, 'malformed', 'ignored', undefined, 'list'));
    return [];
  }
  if (value.length > MAX_SOURCES) r.add(problem(r.source, field, 'tooMany', 'cut', undefined, MAX_SOURCES));
  return value.slice(0, MAX_SOURCES).flatMap((c, i) => readCitation(r, c, `${field}[${i + 1}]`) ?? []);
}

function readFilters(r: Reading, value: unknown, field: string): Partial<Record<FilterKey, string[]>> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    r.add(problem(r.source, field, 'malformed', 'ignored', undefined, 'object'));
    return undefined;
  }
  const out: Partial<Record<FilterKey, string[]>> = {};
  // Values naming no record are told once for the step (the first of them quoted), not once each.
  let unknown: { key: string; value: string } | undefined;
  for (const key of Object.keys(value).slice(0, FILTER_KEYS.length + 4)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      r.add(problem(r.source, `${field}.${key}`, 'unknown', 'ignored'));
      continue;
    }
    const k = key as FilterKey;
    const list = value[k];
    if (!Array.isArray(list)) {
      r.add(problem(r.source, `${field}.${k}`, 'malformed', 'ignored', undefined, 'list'));
      continue;
    }
    if (list.length > MAX_FILTER_VALUES) r.add(problem(r.source, `${field}.${k}`, 'tooMany', 'cut', undefined, MAX_FILTER_VALUES));
    const kept = new Set<string>();
    for (const v of list.slice(0, MAX_FILTER_VALUES)) {
      if (typeof v !== 'string' || !isRecordId(v)) r.add(problem(r.source, `${field}.${k}`, 'malformed', 'ignored', typeof v === 'string' ? v : undefined, 'id'));
      else if (r.world && !r.world.has(k, v)) unknown ??= { key: k, value: v };
      else kept.add(v);
    }
    if (kept.size) out[k] = [...kept].sort();
  }
  if (unknown) r.add(problem(r.source, `${field}.${unknown.key}`, 'noRecord', 'ignored', unknown.value));
  return Object.keys(out).length ? out : undefined;
}

function readStep(r: Reading, value: unknown, n: number): StoryStep | null {
  const at = `step ${n}`;
  if (!isPlainObject(value)) {
    r.add(problem(r.source, at, 'malformed', 'stepLeftOut', undefined, 'object'));
    return null;
  }
  const title = r.text(value['title'], `${at}, title`, 'stepTitle', 'stepLeftOut');
  const text = r.text(value['text'], `${at}, text`, 'stepText', 'stepLeftOut');
  const camera = value['camera'];
  const num = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  const cameraOk = isPlainObject(camera) && num(camera['lon'], -180, 180) && num(camera['lat'], -85, 85) && num(camera['zoom'], 0, 12);
  if (!cameraOk) r.add(problem(r.source, `${at}, camera`, 'malformed', 'stepLeftOut', undefined, 'lon −180…180, lat −85…85, zoom 0…12'));
  const state = value['state'];
  if (!isPlainObject(state)) {
    r.add(problem(r.source, `${at}, state`, 'malformed', 'stepLeftOut', undefined, 'object'));
    return null;
  }
  const date = state['date'];
  let dateOk = false;
  if (typeof date !== 'string') r.add(problem(r.source, `${at}, date`, 'malformed', 'stepLeftOut', undefined, 'YYYY-MM'));
  else if (!onTimeline(date)) r.add(problem(r.source, `${at}, date`, isMonth(date) ? 'offTimeline' : 'malformed', 'stepLeftOut', date, `${TIMELINE_START}…${TIMELINE_END}`));
  else dateOk = true;
  if (title === null || text === null || !cameraOk || !dateOk) return null;

  const layersRaw = state['layers'];
  const layers: OverlayId[] = [];
  if (!Array.isArray(layersRaw)) r.add(problem(r.source, `${at}, layers`, 'malformed', 'ignored', undefined, 'list'));
  else
    for (const l of layersRaw.slice(0, 10)) {
      if (typeof l === 'string' && isOverlayId(l)) {
        if (!layers.includes(l)) layers.push(l);
      } else r.add(problem(r.source, `${at}, layers`, 'notAllowed', 'ignored', typeof l === 'string' ? l : undefined));
    }

  const step: StoryStep = {
    title,
    text,
    camera: { lon: (camera as { lon: number }).lon, lat: (camera as { lat: number }).lat, zoom: (camera as { zoom: number }).zoom },
    state: { date: date as string, layers },
    sources: [],
  };
  const compare = state['compare'];
  if (compare !== undefined) {
    const a = isPlainObject(compare) ? compare['a'] : undefined;
    const b = isPlainObject(compare) ? compare['b'] : undefined;
    if (typeof a === 'string' && typeof b === 'string' && isValidComparison({ a, b }) && a === date) step.state.compare = { a, b };
    else r.add(problem(r.source, `${at}, compare`, 'badComparison', 'ignored', typeof b === 'string' ? b : undefined));
  }
  const selection = state['selection'];
  if (selection !== undefined) {
    const kind = isPlainObject(selection) ? selection['kind'] : undefined;
    const id = isPlainObject(selection) ? selection['id'] : undefined;
    if (typeof kind !== 'string' || !isSelectionKind(kind) || typeof id !== 'string' || !isRecordId(id)) r.add(problem(r.source, `${at}, selection`, 'malformed', 'ignored', typeof id === 'string' ? id : undefined, 'kind:id'));
    else if (r.world && !r.world.has(kind, id)) r.add(problem(r.source, `${at}, selection`, 'noRecord', 'ignored', id));
    else step.state.selection = { kind, id };
  }
  const filters = readFilters(r, state['filters'], `${at}, filters`);
  if (filters) step.state.filters = filters;
  for (const key of Object.keys(state)) if (!['date', 'compare', 'layers', 'selection', 'filters'].includes(key)) r.add(problem(r.source, `${at}, state.${key}`, 'unknown', 'ignored'));

  step.sources = readSources(r, value['sources'], `${at}, sources`);
  if (step.sources.length === 0) {
    r.add(problem(r.source, `${at}, sources`, 'missing', 'stepLeftOut'));
    return null;
  }
  const notesRaw = value['notes'];
  if (notesRaw !== undefined) {
    if (!Array.isArray(notesRaw)) r.add(problem(r.source, `${at}, notes`, 'malformed', 'ignored', undefined, 'list'));
    else {
      if (notesRaw.length > MAX_NOTES) r.add(problem(r.source, `${at}, notes`, 'tooMany', 'cut', undefined, MAX_NOTES));
      const notes: SpeakerNote[] = [];
      notesRaw.slice(0, MAX_NOTES).forEach((note, i) => {
        const field = `${at}, notes[${i + 1}]`;
        if (!isPlainObject(note)) return r.add(problem(r.source, field, 'malformed', 'ignored', undefined, 'object'));
        const noteText = r.text(note['text'], field, 'note', 'ignored');
        const sources = readSources(r, note['sources'], `${field}.sources`);
        if (noteText !== null && sources.length) notes.push({ text: noteText, sources });
      });
      if (notes.length) step.notes = notes;
    }
  }
  for (const key of Object.keys(value)) if (!['title', 'text', 'camera', 'state', 'sources', 'notes'].includes(key)) r.add(problem(r.source, `${at}, ${key}`, 'unknown', 'ignored'));
  return step;
}

/**
 * One story read from an unknown value. `world` names the real records (without it, any well-formed id is taken);
 * `taken` holds the ids already in use, which a story with an unusable id avoids when its id is made from its title.
 */
export function readStory(raw: unknown, source: ProblemSource, world?: World, taken: ReadonlySet<string> = new Set()): ReadStory {
  const r = new Reading(source, world);
  if (!isPlainObject(raw)) {
    r.add(problem(source, 'story', 'malformed', 'refused', undefined, 'object'));
    return { story: null, problems: r.problems };
  }
  const title = r.text(raw['title'], 'title', 'storyTitle', 'refused');
  if (title === null) return { story: null, problems: r.problems };
  const summaryRaw = raw['summary'];
  const summary = summaryRaw === undefined ? title : (r.text(summaryRaw, 'summary', 'summary', 'ignored') ?? title);
  const idRaw = raw['id'];
  let id: string;
  if (typeof idRaw === 'string' && isStoryId(idRaw)) id = idRaw;
  else {
    id = storyIdFor(title, taken);
    r.add(problem(source, 'id', 'malformed', 'ignored', typeof idRaw === 'string' ? idRaw : undefined, 'a-z 0-9 -'));
  }
  const stepsRaw = raw['steps'];
  if (!Array.isArray(stepsRaw) || stepsRaw.length === 0) {
    r.add(problem(source, 'steps', Array.isArray(stepsRaw) ? 'missing' : 'malformed', 'refused', undefined, 'list'));
    return { story: null, problems: r.problems };
  }
  if (stepsRaw.length > MAX_STEPS) r.add(problem(source, 'steps', 'tooMany', 'cut', undefined, MAX_STEPS));
  const steps: StoryStep[] = [];
  stepsRaw.slice(0, MAX_STEPS).forEach((s, i) => {
    const step = readStep(r, s, i + 1);
    if (step) steps.push(step);
  });
  for (const key of Object.keys(raw)) if (!['id', 'title', 'summary', 'steps'].includes(key)) r.add(problem(source, key, 'unknown', 'ignored'));
  if (!steps.length) return { story: null, problems: r.problems };
  return { story: { id, title, summary, steps }, problems: r.problems };
}

/** At most this many stories in one file. */
export const MAX_STORIES = 50;

/** Every story of a stories file (an array of stories). */
export function readStories(raw: unknown, source: ProblemSource, world?: World): { stories: Story[]; problems: Problem[] } {
  if (!Array.isArray(raw)) return { stories: [], problems: [problem(source, 'file', 'malformed', 'refused', undefined, 'list')] };
  const problems: Problem[] = [];
  if (raw.length > MAX_STORIES) problems.push(problem(source, 'file', 'tooMany', 'cut', undefined, MAX_STORIES));
  const stories: Story[] = [];
  const taken = new Set<string>();
  for (const item of raw.slice(0, MAX_STORIES)) {
    const read = readStory(item, source, world, taken);
    // Each problem names its story by title where it has one.
    const title = isPlainObject(item) && typeof item['title'] === 'string' ? item['title'] : undefined;
    problems.push(...(title !== undefined && raw.length > 1 ? read.problems.map((p) => ({ ...p, field: `${problem(source, title, 'unknown', 'ignored').field} · ${p.field}` })) : read.problems));
    if (read.story) {
      let id = read.story.id;
      for (let n = 2; taken.has(id); n++) id = `${read.story.id}-${n}`;
      taken.add(id);
      stories.push({ ...read.story, id });
    }
  }
  return { stories, problems };
}
