// Agreements and frameworks with partner countries, with their dated status.
import { z } from 'zod';
import { citationSchema, dateSchema, idSchema, iso2Schema, names, nonEmpty, vague } from './common';
import { agreementStatusSchema, agreementTypeSchema, themes } from './enums';

export const agreementStatusEntrySchema = z
  .object({
    status: agreementStatusSchema,
    from: dateSchema,
    /** Where the date comes from: the document states it, background from outside the documents ('external'), or the document's own date. */
    fromBasis: z.enum(['stated', 'external', 'document-date']),
    note: nonEmpty.optional(),
    source: citationSchema,
  })
  .strict();

export const agreementSchema = z
  .object({
    id: idSchema,
    type: agreementTypeSchema,
    name: nonEmpty,
    names,
    partners: z.array(iso2Schema),
    status: z.array(agreementStatusEntrySchema),
    themes,
    sources: z.array(citationSchema),
    vague,
  })
  .strict();
