// Briefing stories authored as data (data/stories.json): schema, and checks that every step points at real records.
import { z } from 'zod';
import { citationSchema } from './schema';
import type { Model } from './model';
import type { Problem } from './validate';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month YYYY-MM' });
const overlay = z.enum(['routes', 'partners', 'missions', 'funding', 'displacement']);

/** A speaker note: what the presenter may add aloud, shown only in the presenter view, with its own sources. */
export const speakerNoteSchema = z
  .object({
    text: z.string().min(1).max(600),
    sources: z.array(citationSchema).min(1, { error: 'every speaker note needs at least one source' }),
  })
  .strict();

export const storyStepSchema = z
  .object({
    title: z.string().min(1).max(80),
    text: z.string().min(1).max(400),
    camera: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-85).max(85), zoom: z.number().min(0).max(12) }).strict(),
    state: z
      .object({
        date: month,
        /** A comparison step (issue 19): the map shows month `a` and month `b` side by side, with what changed between. */
        compare: z.object({ a: month, b: month }).strict().optional(),
        layers: z.array(overlay),
        selection: z.object({ kind: z.enum(['country', 'route', 'mission', 'funding']), id: z.string().min(1) }).strict().optional(),
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
      .refine((s) => !s.compare || (s.compare.a !== s.compare.b && s.date === s.compare.a), {
        error: 'a comparison step compares two different months, and its date is month A (the timeline shows A while comparing)',
        path: ['compare'],
      }),
    sources: z.array(citationSchema).min(1, { error: 'every step needs at least one source' }),
    notes: z.array(speakerNoteSchema).optional(),
  })
  .strict();

export const storySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    summary: z.string().min(1),
    steps: z.array(storyStepSchema).min(1),
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
    const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : `#${index}`;
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
