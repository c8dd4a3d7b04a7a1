// Briefing stories authored as data (data/stories.json): schema, and checks that every step points at real records.
import { z } from 'zod';
import { citationSchema } from './schema';
import type { Model } from './model';
import type { Problem } from './validate';
import { isValidComparison, MAX_STEPS, MONTH_PATTERN, onTimeline, OVERLAY_IDS, SELECTION_KINDS, STORY_ID_MAX, STORY_ID_PATTERN, TEXT_LIMITS, TIMELINE_END, TIMELINE_START } from '../outside/vocabulary';

const month = z
  .string()
  .regex(MONTH_PATTERN, { error: 'expected a month YYYY-MM' })
  .refine(onTimeline, { error: `a month on the timeline, ${TIMELINE_START} to ${TIMELINE_END}` });
const overlay = z.enum(OVERLAY_IDS);

/** A speaker note: what the presenter may add aloud, shown only in the presenter view, with its own sources. */
export const speakerNoteSchema = z
  .object({
    text: z.string().min(1).max(TEXT_LIMITS.note),
    sources: z.array(citationSchema).min(1, { error: 'every speaker note needs at least one source' }),
  })
  .strict();

export const storyStepSchema = z
  .object({
    title: z.string().min(1).max(TEXT_LIMITS.stepTitle),
    text: z.string().min(1).max(TEXT_LIMITS.stepText),
    camera: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-85).max(85), zoom: z.number().min(0).max(12) }).strict(),
    state: z
      .object({
        date: month,
        /** A comparison step (issue 19): the map shows month `a` and month `b` side by side, with what changed between. */
        compare: z.object({ a: month, b: month }).strict().optional(),
        layers: z.array(overlay),
        selection: z.object({ kind: z.enum(SELECTION_KINDS), id: z.string().min(1) }).strict().optional(),
        filters: z
          .object({
            themes: z.array(z.string()).optional(),
            instruments: z.array(z.string()).optional(),
            groups: z.array(z.string()).optional(),
            agreementTypes: z.array(z.string()).optional(),
            organisations: z.array(z.string()).optional(),
            routes: z.array(z.string()).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .refine((s) => !s.compare || (isValidComparison(s.compare) && s.date === s.compare.a), {
        error: 'a comparison step compares two different months, and its date is month A (the timeline shows A while comparing)',
        path: ['compare'],
      }),
    sources: z.array(citationSchema).min(1, { error: 'every step needs at least one source' }),
    notes: z.array(speakerNoteSchema).optional(),
  })
  .strict();

export const storySchema = z
  .object({
    id: z.string().max(STORY_ID_MAX).regex(STORY_ID_PATTERN),
    title: z.string().min(1).max(TEXT_LIMITS.storyTitle),
    summary: z.string().min(1).max(TEXT_LIMITS.summary),
    steps: z.array(storyStepSchema).min(1).max(MAX_STEPS),
  })
  .strict();

export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type SpeakerNote = z.infer<typeof speakerNoteSchema>;

const FILE = 'data/stories.json';

/** Shape and cross-references: selections and filter values must name records the model has. */
export function validateStories(raw: unknown, model: Model): { stories: Story[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Array.isArray(raw)) return { stories: [], problems: [{ file: FILE, id: '-', field: '-', message: 'expected an array of stories' }] };
  const stories: Story[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const parsed = storySchema.safeParse(item);
    // Never String() on an unknown value: an id nested as arrays 100,000 deep overflows the stack when joined.
    const rawId = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId.length <= STORY_ID_MAX ? rawId : `#${index}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file: FILE, id, field: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '-', message: issue.message });
      return;
    }
    const story = parsed.data;
    if (seen.has(story.id)) problems.push({ file: FILE, id: story.id, field: 'id', message: 'duplicate id' });
    seen.add(story.id);
    story.steps.forEach((step, i) => {
      const sel = step.state.selection;
      if (sel) {
        const exists =
          sel.kind === 'country' ? model.countries.has(sel.id) : sel.kind === 'route' ? model.routes.has(sel.id) : sel.kind === 'mission' ? model.missions.has(sel.id) : model.funding.has(sel.id);
        if (!exists) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.selection`, message: `no ${sel.kind} with id "${sel.id}"` });
      }
      const cmp = step.state.compare;
      if (cmp && cmp.a === cmp.b) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.compare`, message: 'a comparison needs two different months' });
      const f = step.state.filters ?? {};
      for (const v of f.instruments ?? []) if (!model.instruments.has(v)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.instruments`, message: `unknown instrument "${v}"` });
      for (const v of f.themes ?? []) if (!model.themes.has(v)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.themes`, message: `unknown theme "${v}"` });
      for (const v of f.routes ?? []) if (!model.routes.has(v)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.routes`, message: `unknown route "${v}"` });
      for (const v of f.organisations ?? []) if (!model.organisations.has(v)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.organisations`, message: `unknown organisation "${v}"` });
      for (const v of f.agreementTypes ?? []) if (!model.dataset.agreements.some((a) => a.type === v)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.agreementTypes`, message: `no agreement of type "${v}"` });
      for (const v of f.groups ?? []) if (!model.dataset.countries.some((c) => c.groups.some((g) => g.group === v))) problems.push({ file: FILE, id: story.id, field: `steps[${i}].state.filters.groups`, message: `no country in group "${v}"` });
      for (const c of step.sources) {
        if ('seed' in c && c.seed && !model.sourceBySeed.has(c.seed)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].sources`, message: `unknown seed file "${c.seed}"` });
      }
      (step.notes ?? []).forEach((note, n) => {
        for (const c of note.sources) {
          if ('seed' in c && c.seed && !model.sourceBySeed.has(c.seed)) problems.push({ file: FILE, id: story.id, field: `steps[${i}].notes[${n}].sources`, message: `unknown seed file "${c.seed}"` });
        }
      });
    });
    stories.push(story);
  });
  return { stories, problems };
}
