// Displacement counts and the documents' other figures (refugees hosted, asylum applications, shares).
import { z } from 'zod';
import { citationSchema, count, dateSchema, idSchema, iso2Schema, nonEmpty, qualifier } from './common';

export const displacementSchema = z
  .object({
    id: idSchema,
    country: iso2Schema,
    idps: count,
    qualifier,
    date: dateSchema,
    source: citationSchema,
    duplicateOf: idSchema.optional(),
  })
  .strict();

/** What an entry of figures.json counts: figures of the documents that are neither route counts nor internally displaced persons. */
export const FIGURE_METRICS = [
  'refugees-and-displaced',
  'refugees-from',
  'refugees-hosted',
  'displaced',
  'internal-migrants',
  'asylum-applications',
  'killed',
  'share',
] as const;

export const figureSchema = z
  .object({
    id: idSchema,
    metric: z.enum(FIGURE_METRICS),
    /** What is counted, in words ("Eritreans who applied for international protection in the EU"). */
    subject: nonEmpty,
    value: z.number().nonnegative(),
    unit: z.enum(['people', 'percent']),
    qualifier,
    /** Every country the figure concerns: where people come from as well as where they are hosted or counted. */
    countries: z.array(iso2Schema),
    /** For people hosted somewhere (refugees-hosted): the countries where they are; the map places the figure there. */
    hosts: z.array(iso2Schema).optional(),
    region: nonEmpty.optional(),
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    note: nonEmpty.optional(),
    source: citationSchema,
  })
  .strict();
