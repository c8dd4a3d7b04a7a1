// The dataset's shape (one zod schema per kind of record in records/, see docs/data.md); TypeScript types are inferred from it.
import { z } from 'zod';
import { backgroundCitationSchema, citationSchema, dateSchema, seedCitationSchema } from './records/common';
import { agreementStatusSchema, agreementTypeSchema, countryGroupSchema, missionKindSchema, themeIdSchema } from './records/enums';
import { sourceSchema, themeSchema } from './records/sources';
import { countryGroupMembershipSchema, countrySchema } from './records/countries';
import { routeCompositionSchema, routeFigureSchema, routeSchema, waypointSchema } from './records/routes';
import { agreementSchema, agreementStatusEntrySchema } from './records/agreements';
import { missionSchema } from './records/missions';
import { fundingFlowSchema, instrumentSchema } from './records/funding';
import { cooperationSchema, eventSchema, organisationSchema, processSchema } from './records/organisations';
import { displacementSchema, figureSchema } from './records/figures';

export { FUNDING_DONORS, FUNDING_PURPOSES, FUNDING_STAGES, TOTALLED_STAGES, INSTRUMENT_KINDS, MISSION_KINDS, ORGANISATION_KINDS } from './kinds';
export * from './records/common';
export * from './records/enums';
export * from './records/sources';
export * from './records/countries';
export * from './records/routes';
export * from './records/agreements';
export * from './records/missions';
export * from './records/funding';
export * from './records/organisations';
export * from './records/figures';

/** One record schema per kind; the kind is also the file name: data/<kind>.json. */
export const recordSchemas = {
  sources: sourceSchema,
  themes: themeSchema,
  countries: countrySchema,
  routes: routeSchema,
  agreements: agreementSchema,
  missions: missionSchema,
  instruments: instrumentSchema,
  funding: fundingFlowSchema,
  organisations: organisationSchema,
  processes: processSchema,
  events: eventSchema,
  displacement: displacementSchema,
  figures: figureSchema,
} as const;

export type DataKind = keyof typeof recordSchemas;

/** The kinds in loading order (what others refer to first); file data/<kind>.json each. */
export const DATA_FILES = [
  'sources',
  'themes',
  'countries',
  'routes',
  'agreements',
  'missions',
  'instruments',
  'funding',
  'organisations',
  'processes',
  'events',
  'displacement',
  'figures',
] as const satisfies readonly DataKind[];

/** Kinds whose file may be absent (read as an empty list): added after the first twelve. */
export const OPTIONAL_FILES: ReadonlySet<DataKind> = new Set<DataKind>(['figures']);

export function dataFilePath(kind: DataKind): string {
  return `data/${kind}.json`;
}

export const datasetSchema = z
  .object({
    sources: z.array(sourceSchema),
    themes: z.array(themeSchema),
    countries: z.array(countrySchema),
    routes: z.array(routeSchema),
    agreements: z.array(agreementSchema),
    missions: z.array(missionSchema),
    instruments: z.array(instrumentSchema),
    funding: z.array(fundingFlowSchema),
    organisations: z.array(organisationSchema),
    processes: z.array(processSchema),
    events: z.array(eventSchema),
    displacement: z.array(displacementSchema),
    figures: z.array(figureSchema),
  })
  .strict();


export type DateString = z.infer<typeof dateSchema>;
export type SeedCitation = z.infer<typeof seedCitationSchema>;
export type BackgroundCitation = z.infer<typeof backgroundCitationSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ThemeId = z.infer<typeof themeIdSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type CountryGroup = z.infer<typeof countryGroupSchema>;
export type CountryGroupMembership = z.infer<typeof countryGroupMembershipSchema>;
export type Country = z.infer<typeof countrySchema>;
/** A partner country is a country record. */
export type Partner = Country;
export type Waypoint = z.infer<typeof waypointSchema>;
export type RouteFigure = z.infer<typeof routeFigureSchema>;
export type RouteComposition = z.infer<typeof routeCompositionSchema>;
export type Route = z.infer<typeof routeSchema>;
export type AgreementType = z.infer<typeof agreementTypeSchema>;
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;
export type AgreementStatusEntry = z.infer<typeof agreementStatusEntrySchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type MissionKind = z.infer<typeof missionKindSchema>;
export type Mission = z.infer<typeof missionSchema>;
export type Instrument = z.infer<typeof instrumentSchema>;
export type FundingFlow = z.infer<typeof fundingFlowSchema>;
export type Cooperation = z.infer<typeof cooperationSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Process = z.infer<typeof processSchema>;
export type AppEvent = z.infer<typeof eventSchema>;
export type Displacement = z.infer<typeof displacementSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DataRecord = Dataset[DataKind][number];
