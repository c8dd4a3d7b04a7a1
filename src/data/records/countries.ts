// Countries and their dated group memberships (EU member, candidate, ...).
import { z } from 'zod';
import { citationSchema, dateSchema, iso2Schema, nonEmpty } from './common';
import { countryGroupSchema } from './enums';

export const countryGroupMembershipSchema = z
  .object({
    group: countryGroupSchema,
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    source: citationSchema.optional(),
  })
  .strict();

export const countrySchema = z
  .object({
    id: iso2Schema,
    name: nonEmpty,
    aliases: z.array(nonEmpty),
    footnote: nonEmpty.optional(),
    groups: z.array(countryGroupMembershipSchema),
  })
  .strict();
