// Funding instruments and the amounts given through them, each of one kind.
import { z } from 'zod';
import { FUNDING_DONORS, FUNDING_PURPOSES, FUNDING_STAGES, INSTRUMENT_KINDS } from '../kinds';
import { citationSchema, count, dateSchema, idSchema, iso2Schema, names, nonEmpty, qualifier, vague } from './common';
import { themes } from './enums';

export const instrumentSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    names,
    acronym: nonEmpty.optional(),
    kind: z.enum(INSTRUMENT_KINDS),
    sources: z.array(citationSchema),
    vague,
  })
  .strict();

export const fundingFlowSchema = z
  .object({
    id: idSchema,
    instrument: idSchema,
    donor: z.enum(FUNDING_DONORS),
    recipients: z.array(iso2Schema),
    region: nonEmpty.optional(),
    /** For an amount given for a region only: the countries the document names for that region (not a split among them). */
    regionCountries: z.array(iso2Schema).optional(),
    /**
     * Set on an envelope that is not migration funding to a partner (all EU external cooperation worldwide): its scope in
     * one sentence. Such an amount is shown as context only: never drawn as a flow, never added to anything.
     */
    context: nonEmpty.optional(),
    /** Null where the document names the help and no amount ("is providing humanitarian and development assistance"). */
    amountEur: count.nullable(),
    qualifier,
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    /** What the amount is for, in the document's words. */
    purpose: nonEmpty,
    /** What the amount is for, as one of a few purposes: humanitarian is a purpose, never a stage. */
    purposeKind: z.enum(FUNDING_PURPOSES),
    /** The stage the document's verb gives (allocated, adopted, pledged, ...): totals add one stage only. */
    stage: z.enum(FUNDING_STAGES),
    partOf: idSchema.optional(),
    /** A later statement of the same running total (e.g. "mobilised since 2011" restated in 2024) that replaces this one. */
    supersededBy: idSchema.optional(),
    themes,
    source: citationSchema,
    vague,
  })
  .strict();
