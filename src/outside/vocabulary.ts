// The view's vocabulary, one definition each: the month and its range on the timeline, record and story ids, the
// kinds of selection, the overlays, the colour schemes, a valid comparison and the length of every user-written field.
// Everything read from outside (links, story links and files, embed and presenter messages) is checked against these.

/** A month, as "YYYY-MM": the timeline's unit. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const TIMELINE_START = '2004-01';
export const TIMELINE_END = '2025-12';

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

const indexOf = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** A month YYYY-MM the timeline shows. */
export function onTimeline(value: string): boolean {
  return isMonth(value) && indexOf(value) >= indexOf(TIMELINE_START) && indexOf(value) <= indexOf(TIMELINE_END);
}

/** Two different months, both on the timeline: what a comparison may show. */
export function isValidComparison(value: { readonly a: string; readonly b: string }): boolean {
  return value.a !== value.b && onTimeline(value.a) && onTimeline(value.b);
}

/** The id of a record of the dataset (country, route, mission, funding, instrument, theme…). */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
export const isRecordId = (value: string): boolean => RECORD_ID_PATTERN.test(value);

/** A story's id: lower-case words joined by hyphens. */
export const STORY_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const STORY_ID_MAX = 80;
export const isStoryId = (value: string): boolean => value.length <= STORY_ID_MAX && STORY_ID_PATTERN.test(value);

export const SELECTION_KINDS = ['country', 'route', 'mission', 'funding'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export const isSelectionKind = (value: string): value is SelectionKind => (SELECTION_KINDS as readonly string[]).includes(value);

export const OVERLAY_IDS = ['routes', 'partners', 'missions', 'funding', 'displacement'] as const;
export type OverlayId = (typeof OVERLAY_IDS)[number];
export const isOverlayId = (value: string): value is OverlayId => (OVERLAY_IDS as readonly string[]).includes(value);

/** Colour scheme set by the link or the host page: `auto` follows the system's prefers-color-scheme. */
export const SCHEMES = ['light', 'dark', 'auto'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const isScheme = (value: string): value is Scheme => (SCHEMES as readonly string[]).includes(value);

/** Filter dimensions; an empty list means "no filter on this dimension". */
export const FILTER_KEYS = ['themes', 'instruments', 'groups', 'agreementTypes', 'organisations', 'routes'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Which ids are real: records of the dataset, countries of the basemap, bundled stories. */
export interface World {
  has(kind: SelectionKind | FilterKey | 'story', id: string): boolean;
}

/** The most characters each user-written field may hold (the story maker counts them as you type). */
export const TEXT_LIMITS = {
  storyTitle: 120,
  summary: 400,
  stepTitle: 80,
  stepText: 400,
  note: 600,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;

/** Steps a story may have. */
export const MAX_STEPS = 99;
/** Speaker notes a step may have, and sources a step or note may cite. */
export const MAX_NOTES = 20;
export const MAX_SOURCES = 20;
