// What each slide of a story's deck says, in the reader's language: titles, text, the sources of the step's figures,
// speaker notes, the map's alternative text and legend, and the app state each map is drawn from. The figures come from
// the view selectors at the step's date (the same ones the panels and the map read), never from anywhere else.
import type { Citation, Source } from '../../data/schema';
import type { Model } from '../../data/model';
import type { Story, StoryStep } from '../../data/stories';
import type { ViewSelectors } from '../../selectors/view';
import { createAppStore } from '../../state/store';
import { defaultState } from '../../state/defaults';
import { applyStoryStep } from '../../state/story';
import type { AppState, Lang } from '../../state/types';
import { t } from '../../i18n/t';
import { formatDay, formatMonth, formatPartialDate } from '../../i18n/format';
import { direction } from '../../i18n/languages';
import { visibleLayerNames } from '../../i18n/enumerations';
import { themeOf } from '../../map/theme';
import type { RouteView } from '../../selectors/routes';
import { pngLegend } from '../../ui/png-legend';
import { celexUrl } from '../../ui/SourceQuote';
import type { LegendEntry } from '../png';

/** A route as the map labels it (its name and the figure at the map's date). */
export type RouteLabel = (r: RouteView) => string;

/** One line of a sources list: a document (with its link, if it has one), or a background fact marked as such. */
export interface SourceLine {
  /** A stable key, so one document cited twice is listed once. */
  key: string;
  kind: 'document' | 'background';
  /** "Background:" for background facts, or the figure a document is the source of ("Balkans route: 764,000 detections"). */
  label?: string;
  /** Title (official identifier) · publisher · date; or the background statement and its reference. */
  text: string;
  link?: string;
}

/** One map on a slide: the state it is drawn from, and what the slide says about it. */
export interface MapView {
  state: AppState;
  /** "A · March 2016" on a comparison step; none on a one-date step. */
  label?: string;
  legend: LegendEntry[];
  altText: string;
}

export interface StepSlide {
  title: string;
  text: string;
  /** The step's date and layers: "March 2016 · Routes, Partner countries". */
  dateLine: string;
  maps: MapView[];
  /** The step's own sources, then the sources of the figures drawn on its maps. */
  sources: SourceLine[];
  notes: string;
}

export interface DeckPlan {
  /** A story (a title slide, a slide per step, a closing slide of all sources) or the current view (one slide). */
  kind: 'story' | 'view';
  lang: Lang;
  direction: 'ltr' | 'rtl';
  /** English for a story's own words (titles, text, notes), the reader's language for everything the app says. */
  title: string;
  summary: string;
  madeOn: string;
  madeWith: string;
  dataSources: SourceLine[];
  steps: StepSlide[];
  allSources: SourceLine[];
  fileName: string;
}

/** The state a story step's map is drawn from (the app's own applyStoryStep), at `month` (a comparison's side B). */
export function stepState(story: Story, index: number, lang: Lang, month?: string): AppState {
  const store = createAppStore(defaultState());
  store.getState().setLang(lang);
  applyStoryStep(store, story.id, index, story.steps[index]!);
  // A story is shown in briefing mode (its projector colours, its legend); the slide shows what the room would see.
  store.getState().setMode('briefing');
  const s = store.getState();
  return month && month !== s.time.date ? { ...s, time: { ...s.time, date: month } } : s;
}

export function sourceLine(lang: Lang, model: Model, citation: Citation, label?: string): SourceLine {
  if ('background' in citation) {
    return { key: `bg:${citation.background}`, kind: 'background', label: t(lang, 'background'), text: `${citation.background} (${citation.reference})` };
  }
  const source = model.sourceBySeed.get(citation.seed);
  if (!source) return { key: `seed:${citation.seed}`, kind: 'document', ...(label ? { label } : {}), text: citation.seed };
  return { key: `doc:${source.id}`, kind: 'document', ...(label ? { label } : {}), text: documentText(lang, source), ...(source.celex ? { link: celexUrl(source.celex) } : {}) };
}

/** Title (official identifier) · publisher · date, as the app's source lines name a document. */
function documentText(lang: Lang, source: Source): string {
  const date = source.date ? formatPartialDate(lang, source.date) : (source.dateNote ?? '');
  return [`${source.title}${source.reference ? ` (${source.reference})` : ''}`, source.publisher, date].filter(Boolean).join(' · ');
}

function unique(lines: readonly SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = `${l.key}|${l.label ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A map of one state: its legend (the PNG export's, from the same selectors) and its alternative text. */
export function mapView(lang: Lang, model: Model, views: ViewSelectors, state: AppState, label?: string): MapView {
  const legend = pngLegend({
    lang,
    theme: themeOf(state),
    model,
    overlays: state.view.overlays,
    partners: views.partners(state),
    missions: views.missions(state),
    fundingDrawn: views.fundingDrawn(state),
    hostedFigures: views.hostedFigures(state),
  });
  const altText = t(lang, 'slideMapAlt', { date: formatMonth(lang, state.time.date), layers: visibleLayerNames(lang, state.view.overlays), legend: legend.map((e) => e.label).join(', ') });
  return { state, ...(label ? { label } : {}), legend, altText };
}

/** The documents behind the figures a map labels at its date: the routes' figures, from the routes selector. */
export function figureSources(lang: Lang, model: Model, views: ViewSelectors, state: AppState, routeLabel: RouteLabel): SourceLine[] {
  if (!state.view.overlays.routes) return [];
  return views.routes(state).flatMap((r) => (r.figure ? [sourceLine(lang, model, r.figure.source, `${t(lang, 'slideFiguresOnMap')}: ${routeLabel(r)}`)] : []));
}

function stepSlide(lang: Lang, model: Model, views: ViewSelectors, routeLabel: RouteLabel, story: Story, index: number): StepSlide {
  const step: StoryStep = story.steps[index]!;
  const compare = step.state.compare;
  const states = compare ? [stepState(story, index, lang, compare.a), stepState(story, index, lang, compare.b)] : [stepState(story, index, lang)];
  const maps = states.map((state, i) =>
    mapView(lang, model, views, state, compare ? t(lang, i === 0 ? 'compareSideA' : 'compareSideB', { month: formatMonth(lang, state.time.date) }) : undefined),
  );
  const first = states[0]!;
  const date = compare ? t(lang, 'compareHandoutStep', { a: formatMonth(lang, compare.a), b: formatMonth(lang, compare.b) }) : formatMonth(lang, first.time.date);
  const sources = unique([...step.sources.map((c) => sourceLine(lang, model, c)), ...states.flatMap((s) => figureSources(lang, model, views, s, routeLabel))]);
  const notes = (step.notes ?? []).map((n) => `${n.text}\n(${n.sources.map((c) => sourceLine(lang, model, c).text).join('; ')})`);
  return {
    title: step.title,
    text: step.text,
    dateLine: `${date} · ${visibleLayerNames(lang, first.view.overlays)}`,
    maps,
    sources,
    notes: notes.length > 0 ? notes.join('\n\n') : t(lang, 'slideNoNotes'),
  };
}

export function fileNameFor(name: string, made: Date): string {
  const day = made.toISOString().slice(0, 10);
  return `${name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'slides'}-${day}.pptx`;
}

export function deckPlan(model: Model, views: ViewSelectors, routeLabel: RouteLabel, story: Story, lang: Lang, made: Date): DeckPlan {
  const steps = story.steps.map((_, i) => stepSlide(lang, model, views, routeLabel, story, i));
  const noteSources = story.steps.flatMap((s) => (s.notes ?? []).flatMap((n) => n.sources.map((c) => sourceLine(lang, model, c))));
  // A document is listed once on the closing slide, whatever figures it gave; background stays marked as background.
  const allSources = unique([...steps.flatMap((s) => s.sources.map((l): SourceLine => (l.kind === 'document' ? { key: l.key, kind: l.kind, text: l.text, ...(l.link ? { link: l.link } : {}) } : l))), ...noteSources]);
  return {
    kind: 'story',
    lang,
    direction: direction(lang),
    title: story.title,
    summary: story.summary,
    madeOn: t(lang, 'slideMadeOn', { date: formatDay(lang, made) }),
    madeWith: t(lang, 'slideMadeWith', { app: t(lang, 'appTitle') }),
    dataSources: allSources.filter((l) => l.kind === 'document'),
    steps,
    allSources,
    fileName: fileNameFor(story.id, made),
  };
}

/** The current view as a deck of one slide: its map, legend and the sources of the figures it draws. */
export function viewPlan(model: Model, views: ViewSelectors, routeLabel: RouteLabel, state: AppState, made: Date): DeckPlan {
  const lang = state.view.lang;
  const view = mapView(lang, model, views, state);
  const sources = unique(figureSources(lang, model, views, state, routeLabel));
  return {
    kind: 'view',
    lang,
    direction: direction(lang),
    title: t(lang, 'appTitle'),
    summary: '',
    madeOn: t(lang, 'slideMadeOn', { date: formatDay(lang, made) }),
    madeWith: t(lang, 'slideMadeWith', { app: t(lang, 'appTitle') }),
    dataSources: sources,
    steps: [{ title: t(lang, 'appTitle'), text: '', dateLine: `${formatMonth(lang, state.time.date)} · ${visibleLayerNames(lang, state.view.overlays)}`, maps: [view], sources, notes: t(lang, 'slideNoNotes') }],
    allSources: sources,
    fileName: fileNameFor(`migration-map-${state.time.date}`, made),
  };
}
