// Source documents and the policy themes.
import { z } from 'zod';
import { SEED_FILE, citationSchema, dateSchema, idSchema, nonEmpty } from './common';
import { themeIdSchema } from './enums';

export const sourceSchema = z
  .object({
    id: idSchema,
    seedFile: z.string().regex(SEED_FILE, { error: 'expected a seed file name like "002_af82631bf566b641.txt"' }),
    title: nonEmpty,
    reference: nonEmpty.nullable(),
    /** The document's CELEX number on EUR-Lex, where it has one (JOIN(2015) 40 final is 52015JC0040): the link shown to readers. */
    celex: z.string().regex(/^[0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}$/, { error: 'expected a CELEX number like "52015JC0040"' }).optional(),
    publisher: nonEmpty,
    date: dateSchema.nullable(),
    dateNote: nonEmpty.optional(),
  })
  .strict();

export const themeSchema = z.object({ id: themeIdSchema, name: nonEmpty, source: citationSchema }).strict();
