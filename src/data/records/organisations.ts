// Organisations, regional processes and dated events.
import { z } from 'zod';
import { ORGANISATION_KINDS } from '../kinds';
import { citationSchema, dateSchema, idSchema, iso2Schema, names, nonEmpty, vague } from './common';
import { COOPERATION_PARTNERS, EVENT_KINDS, themes } from './enums';

export const cooperationSchema = z
  .object({ with: z.enum(COOPERATION_PARTNERS), on: nonEmpty, themes, source: citationSchema })
  .strict();

export const organisationSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    acronym: nonEmpty.optional(),
    kind: z.enum(ORGANISATION_KINDS),
    cooperation: z.array(cooperationSchema),
  })
  .strict();

export const processSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    names,
    region: nonEmpty,
    countries: z.array(iso2Schema),
    sources: z.array(citationSchema),
    vague,
  })
  .strict();

export const eventSchema = z
  .object({
    id: idSchema,
    date: dateSchema,
    title: nonEmpty,
    kind: z.enum(EVENT_KINDS),
    countries: z.array(iso2Schema),
    themes,
    source: citationSchema,
  })
  .strict();
