// EU missions, operations, offices and liaison officers.
import { z } from 'zod';
import { citationSchema, dateSchema, idSchema, iso2Schema, names, nonEmpty, vague } from './common';
import { missionKindSchema, themes } from './enums';

export const missionSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    names,
    kind: missionKindSchema,
    country: iso2Schema.nullable(),
    location: z.object({ name: nonEmpty, lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).strict(),
    from: dateSchema.optional(),
    /** A dated end, from a later source or a background record with its public reference (`ended`). */
    to: dateSchema.optional(),
    /** What says the mission ended on `to`, and what followed it. */
    ended: citationSchema.optional(),
    /** The document announces it ("will be deployed", "will provide"): drawn as planned until a source says it happened. */
    announced: z.literal(true).optional(),
    mandate: nonEmpty,
    themes,
    sources: z.array(citationSchema),
    vague,
  })
  .strict();
