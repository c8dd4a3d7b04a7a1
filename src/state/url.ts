// The view <-> URL pair: a pure encode(state) and decode(params), versioned by `v`.
import { defaultState, TIMELINE_END, TIMELINE_START } from './defaults';
import { FILTER_KEYS, LANGS, MODES, OVERLAY_IDS, type AppState, type FilterKey, type Filters, type Lang, type Mode, type OverlayId } from './types';
import { isMonth, isOverlayId, isRecordId, isScheme, isSelectionKind, isStoryId, isValidComparison, MAX_STEPS, onTimeline, SCHEMES, type World } from '../outside/vocabulary';
import { problem, type Problem, type ProblemCode } from '../outside/problem';

export const URL_VERSION = '1';

/** The URL parameter name of each filter dimension. */
export const FILTER_PARAMS: Record<FilterKey, string> = {
  themes: 'theme',
  instruments: 'instrument',
  groups: 'group',
  agreementTypes: 'agreement',
  organisations: 'org',
  routes: 'route',
};

/** The part of the state a link carries. */
export type LinkState = Pick<AppState, 'filters' | 'selection' | 'compare'> & {
  view: Pick<AppState['view'], 'mode' | 'lang' | 'highContrast' | 'scheme' | 'camera' | 'overlays' | 'tableOpen' | 'story'>;
  time: Pick<AppState['time'], 'date'>;
};

/** Tells decode which ids exist; without it, any well-formed id is accepted. */
export type KnownIds = World;

export interface Decoded {
  state: LinkState;
  /** The ignored parameters, one problem each (i18n/problems.ts words them in the reader's language). */
  problems: Problem[];
}

/** Beyond this many values for one filter the rest of the list is not read (the dataset has far fewer ids). */
export const MAX_FILTER_VALUES = 200;
const NAME_SHOWN = 24;

const round = (n: number, digits: number): number => Number(n.toFixed(digits));
const DECIMAL_RE = /^-?\d{1,3}(\.\d{1,12})?$/;

/** A parameter name as a notice shows it: letters, digits, punctuation, symbols and spaces only (no control,
 * direction or combining characters), cut to a few characters. */
export function shownName(name: string): string {
  const clean = Array.from(name.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, ''));
  return clean.length > NAME_SHOWN ? `${clean.slice(0, NAME_SHOWN).join('')}…` : clean.join('');
}


export function encode(state: LinkState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  p.set('v', URL_VERSION);
  if (state.view.mode !== 'explore') p.set('mode', state.view.mode);
  if (state.view.lang !== d.view.lang) p.set('lang', state.view.lang);
  if (state.view.highContrast) p.set('hc', '1');
  if (state.view.scheme !== d.view.scheme) p.set('scheme', state.view.scheme);
  p.set('date', state.time.date);
  if (state.selection) p.set('sel', `${state.selection.kind}:${state.selection.id}`);
  const visible = OVERLAY_IDS.filter((id) => state.view.overlays[id]);
  if (visible.join(',') !== OVERLAY_IDS.filter((id) => d.view.overlays[id]).join(',')) p.set('layers', visible.join(',') || 'none');
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values.length) p.set(FILTER_PARAMS[key], [...values].sort().join(','));
  }
  const c = state.view.camera;
  p.set('cam', `${round(c.lon, 3)},${round(c.lat, 3)},${round(c.zoom, 2)}`);
  if (state.view.tableOpen) p.set('table', '1');
  // compare (issue 19): the two months as written, A first.
  if (state.compare) p.set('compare', `${state.compare.a},${state.compare.b}`);
  if (state.view.story) {
    p.set('story', state.view.story.id);
    p.set('step', String(state.view.story.step + 1));
  }
  return p.toString();
}

// `origins` is read by the embed bridge (src/embed/origins.ts), not part of the view.
const KNOWN_PARAMS = new Set(['v', 'renderer', 'mode', 'embed', 'origins', 'lang', 'hc', 'scheme', 'date', 'sel', 'layers', 'cam', 'table', 'story', 'step', 'compare', ...Object.values(FILTER_PARAMS)]);

export function decode(search: string | URLSearchParams, known?: KnownIds): Decoded {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const d = defaultState();
  const problems: Problem[] = [];
  const ignoredNames = new Set<string>();
  // What a notice repeats of the link: the (cut) parameter name and at most a few dozen characters of its value.
  const bad = (name: string, code: ProblemCode, value?: string, limit?: string): void => {
    if (ignoredNames.has(name)) return;
    ignoredNames.add(name);
    problems.push(problem('link', shownName(name), code, 'ignored', value, limit));
  };

  const state: LinkState = {
    view: {
      mode: d.view.mode,
      lang: d.view.lang,
      highContrast: d.view.highContrast,
      scheme: d.view.scheme,
      camera: { ...d.view.camera },
      overlays: { ...d.view.overlays },
      tableOpen: false,
      story: null,
    },
    time: { date: d.time.date },
    filters: { ...d.filters },
    compare: null,
    selection: null,
  };

  for (const name of p.keys()) {
    if (!KNOWN_PARAMS.has(name)) bad(name, 'unknown');
  }
  const v = p.get('v');
  if (v !== null && v !== URL_VERSION) bad('v', 'notAllowed', v);

  const mode = p.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.view.mode = mode as Mode;
    else bad('mode', 'notAllowed', mode);
  }
  const embed = p.get('embed');
  if (embed !== null) {
    if (embed === '1') state.view.mode = 'embed';
    else if (embed !== '0') bad('embed', 'notAllowed', embed);
  }
  const lang = p.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.view.lang = lang as Lang;
    else bad('lang', 'notAllowed', lang);
  }
  const hc = p.get('hc');
  if (hc !== null) {
    if (hc === '1' || hc === '0') state.view.highContrast = hc === '1';
    else bad('hc', 'notAllowed', hc);
  }
  const scheme = p.get('scheme');
  if (scheme !== null) {
    if (isScheme(scheme)) state.view.scheme = scheme;
    else bad('scheme', 'notAllowed', scheme, SCHEMES.join(', '));
  }
  const date = p.get('date');
  if (date !== null) {
    if (onTimeline(date)) state.time.date = date;
    else bad('date', isMonth(date) ? 'offTimeline' : 'malformed', date, `${TIMELINE_START}…${TIMELINE_END}`);
  }
  const sel = p.get('sel');
  if (sel !== null) {
    const i = sel.indexOf(':');
    const kind = sel.slice(0, i);
    const id = sel.slice(i + 1);
    if (i < 0 || !isSelectionKind(kind) || !isRecordId(id)) bad('sel', 'malformed', sel, 'kind:id');
    else if (known && !known.has(kind, id)) bad('sel', 'noRecord', sel);
    else state.selection = { kind, id };
  }
  const layers = p.get('layers');
  if (layers !== null) {
    const ids = layers === 'none' || layers === '' ? [] : layers.split(',', OVERLAY_IDS.length + 1);
    if (ids.length > OVERLAY_IDS.length || ids.some((id) => !isOverlayId(id))) bad('layers', 'notAllowed', ids.find((id) => !isOverlayId(id)));
    else {
      const overlays = {} as Record<OverlayId, boolean>;
      for (const id of OVERLAY_IDS) overlays[id] = ids.includes(id);
      state.view.overlays = overlays;
    }
  }
  const filters: Record<FilterKey, string[]> = { ...(state.filters as Filters) } as Record<FilterKey, string[]>;
  for (const key of FILTER_KEYS) {
    const name = FILTER_PARAMS[key];
    const raw = p.get(name);
    if (raw === null) continue;
    // One pass over at most MAX_FILTER_VALUES values, a Set for duplicates: linear in the link's length.
    const values = raw.split(',', MAX_FILTER_VALUES + 1);
    const tooMany = values.length > MAX_FILTER_VALUES;
    if (tooMany) values.length = MAX_FILTER_VALUES;
    const kept = new Set<string>();
    let wrong: string | undefined;
    for (const value of values) {
      if (value === '') continue;
      if (isRecordId(value) && (known === undefined || known.has(key, value))) kept.add(value);
      else wrong ??= value;
    }
    if (tooMany) bad(name, 'tooMany', undefined, String(MAX_FILTER_VALUES));
    else if (wrong !== undefined) bad(name, 'noRecord', wrong);
    filters[key] = [...kept].sort();
  }
  state.filters = filters;
  const cam = p.get('cam');
  if (cam !== null) {
    const parts = cam.split(',', 4);
    const [lon, lat, zoom] = parts.map(Number);
    // Number('') is 0: each part must be written as a decimal number, so `cam=,,` is reported, not read as 0,0,0.
    if (parts.length === 3 && parts.every((x) => DECIMAL_RE.test(x)) && lon !== undefined && lat !== undefined && zoom !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 12) {
      state.view.camera = { lon, lat, zoom };
    } else bad('cam', 'malformed', cam, 'lon,lat,zoom');
  }
  const table = p.get('table');
  if (table !== null) {
    if (table === '1' || table === '0') state.view.tableOpen = table === '1';
    else bad('table', 'notAllowed', table);
  }
  const compare = p.get('compare');
  if (compare !== null) {
    const months = compare.split(',', 3);
    if (months.length === 2 && isValidComparison({ a: months[0]!, b: months[1]! })) {
      state.compare = { a: months[0]!, b: months[1]! };
      // While comparing, the timeline is month A's (as the store keeps it); a `date` that says otherwise gives way.
      state.time.date = state.compare.a;
    } else bad('compare', 'badComparison', compare);
  }
  const story = p.get('story');
  if (story !== null) {
    const stepRaw = p.get('step') ?? '1';
    const step = Number(stepRaw);
    if (!isStoryId(story) || (known && !known.has('story', story))) bad('story', 'noRecord', story);
    else if (!/^\d{1,2}$/.test(stepRaw) || step < 1 || step > MAX_STEPS) bad('step', 'malformed', stepRaw, `1…${MAX_STEPS}`);
    else state.view.story = { id: story, step: step - 1 };
  }
  return { state, problems };
}
