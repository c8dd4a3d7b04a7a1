// Migratory routes: waypoints, figures per period, composition by nationality.
import { z } from 'zod';
import { citationSchema, count, dateSchema, idSchema, iso2Schema, names, nonEmpty, qualifier, vague } from './common';
import { ROUTE_METRICS, SUB_SAHARAN_AFRICA } from './enums';

export const waypointSchema = z
  .object({
    name: nonEmpty,
    country: iso2Schema,
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
  })
  .strict();

export const routeFigureSchema = z
  .object({
    id: idSchema,
    metric: z.enum(ROUTE_METRICS),
    value: count,
    qualifier,
    from: dateSchema,
    to: dateSchema,
    place: nonEmpty.optional(),
    note: nonEmpty.optional(),
    source: citationSchema,
  })
  .strict();

export const routeCompositionSchema = z
  .object({
    /** One nationality, a region, or several nationalities whose combined share the document states. */
    nationality: z.union([iso2Schema, z.literal(SUB_SAHARAN_AFRICA), z.array(iso2Schema).min(2)]),
    percent: z.number().min(0).max(100),
    qualifier,
    from: dateSchema,
    to: dateSchema,
    note: nonEmpty.optional(),
    source: citationSchema,
  })
  .strict();

export const routeSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    names,
    schematic: z.literal(true),
    vague,
    waypoints: z.array(waypointSchema).min(2, { error: 'a route needs at least two waypoints' }),
    countries: z
      .object({ origin: z.array(iso2Schema), transit: z.array(iso2Schema), destination: z.array(iso2Schema) })
      .strict(),
    figures: z.array(routeFigureSchema),
    composition: z.array(routeCompositionSchema),
    sources: z.array(citationSchema),
  })
  .strict();
