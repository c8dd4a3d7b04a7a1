// The dataset's shape (one zod schema per kind of record, see docs/data.md); TypeScript types are inferred from it.
import { FUNDING_DONORS, FUNDING_KINDS, INSTRUMENT_KINDS, MISSION_KINDS, ORGANISATION_KINDS } from './kinds';
import { z } from 'zod';
import { DATE_PATTERN, isValidDate } from './dates';

export { FUNDING_DONORS, FUNDING_KINDS, INSTRUMENT_KINDS, MISSION_KINDS, ORGANISATION_KINDS };

// The schema also validates in the page (a stories file opened, the presenter's messages), under a strict content
// security policy: zod's probe for eval would be reported as a violation, so it runs without its eval-compiled parsers.
z.config({ jitless: true });

// ── building blocks ─────────────────────────────────────────────────────────

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A seed document's file name, e.g. "002_af82631bf566b641.txt". */
export const SEED_FILE = /^\d{3}_[0-9a-f]+\.txt$/;

export const idSchema = z.string().regex(KEBAB, { error: 'expected a kebab-case id (a-z, 0-9, single hyphens)' });
export const iso2Schema = z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code (two capital letters)' });
export const nonEmpty = z.string().regex(/\S/, { error: 'expected a non-empty string' });

export const dateSchema = z
  .string()
  .regex(DATE_PATTERN, { error: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isValidDate, { error: (issue) => `not a real calendar date, got ${JSON.stringify(issue.input)}` });

/** Whole euros or whole people: a non-negative integer. */
const count = z.int({ error: 'expected an integer' }).nonnegative({ error: 'expected a non-negative integer' });

export function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

export const QUOTE_MIN_WORDS = 5;
export const QUOTE_MAX_WORDS = 40;

const quoteSchema = z.string().superRefine((q, ctx) => {
  const n = wordCount(q);
  if (n < QUOTE_MIN_WORDS || n > QUOTE_MAX_WORDS) {
    ctx.addIssue({ code: 'custom', message: `a quote has ${QUOTE_MIN_WORDS}-${QUOTE_MAX_WORDS} words, this one ${n}` });
  }
});

/** A verbatim quote from one of the seed documents. */
export const seedCitationSchema = z
  .object({
    seed: z.string().regex(SEED_FILE, { error: 'expected a seed file name like "002_af82631bf566b641.txt"' }),
    quote: quoteSchema,
    note: nonEmpty.optional(),
  })
  .strict();

/**
 * Background: a fact from outside the five documents (a date of entry into force, an accession), stated in the
 * dataset's own words with a precise public reference (the act and its Official Journal reference where known).
 * Never shown in quotation marks nor called a quote.
 */
export const backgroundCitationSchema = z
  .object({
    background: nonEmpty,
    reference: nonEmpty,
    note: nonEmpty.optional(),
  })
  .strict();

export const citationSchema = z.union([seedCitationSchema, backgroundCitationSchema]);

const vague = nonEmpty.optional();
/** The record's name in each UI language other than English (`name`), keyed by language code. */
const names = z.record(z.string().regex(/^[a-z]{2}$/, { error: 'expected a language code like "fr"' }), nonEmpty).optional();
const qualifier = nonEmpty.optional();

// ── enumerations ────────────────────────────────────────────────────────────

export const THEME_IDS = ['legal-migration', 'irregular-migration', 'migration-development', 'international-protection', 'security'] as const;
export const themeIdSchema = z.enum(THEME_IDS);
const themes = z.array(themeIdSchema);

export const SOURCE_IDS = [
  'com-ih-international-organisations',
  'com-ih-international-affairs',
  'join-2015-40',
  'frontex-international-organisations',
  'near-migration-support',
] as const;

export const COUNTRY_GROUPS = [
  'eu-member',
  'candidate',
  'potential-candidate',
  'eastern-partnership',
  'southern-neighbourhood',
  'western-balkans',
  'sahel',
  'horn-of-africa',
  'lake-chad',
  'middle-east',
  'acp',
  'strategic-partner',
  'gulf-of-guinea',
  'north-africa',
  'west-africa',
  'central-asia',
  'south-asia',
  'east-asia',
] as const;
export const countryGroupSchema = z.enum(COUNTRY_GROUPS);

/** Counts (used for route widths) and one relative measure the documents give ("a decrease ... by 70%"). */
export const ROUTE_METRICS = ['detections', 'irregular-entries', 'crossings', 'percent-decrease'] as const;

export const AGREEMENT_TYPES = [
  'readmission-agreement',
  'readmission-negotiation',
  'mobility-partnership',
  'visa-facilitation',
  'visa-liberalisation-dialogue',
  'frontex-status-agreement',
  'frontex-working-arrangement',
  'statement',
  'common-agenda',
  'action-plan',
  'dialogue',
  'strategic-framework',
  'joint-communication',
] as const;
export const agreementTypeSchema = z.enum(AGREEMENT_TYPES);

export const AGREEMENT_STATUSES = ['negotiating', 'signed', 'in-force', 'suspended', 'partially-suspended', 'ended', 'ongoing'] as const;
export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);

export const missionKindSchema = z.enum(MISSION_KINDS);

export const COOPERATION_PARTNERS = ['european-commission', 'frontex', 'eu'] as const;
export const EVENT_KINDS = ['summit', 'conference', 'communication', 'statement', 'decision', 'suspension', 'agreement', 'milestone'] as const;

/** Nationality in a route's composition: a country or the documents' aggregate "sub-Saharan Africa". */
export const SUB_SAHARAN_AFRICA = 'sub-saharan-africa';

// ── records ─────────────────────────────────────────────────────────────────

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

export const missionSchema = z
  .object({
    id: idSchema,
    name: nonEmpty,
    names,
    kind: missionKindSchema,
    country: iso2Schema.nullable(),
    location: z.object({ name: nonEmpty, lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).strict(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    mandate: nonEmpty,
    themes,
    sources: z.array(citationSchema),
    vague,
  })
  .strict();

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
    amountEur: count,
    qualifier,
    from: dateSchema.nullable(),
    to: dateSchema.nullable(),
    purpose: nonEmpty,
    kind: z.enum(FUNDING_KINDS),
    partOf: idSchema.optional(),
    /** A later statement of the same running total (e.g. "mobilised since 2011" restated in 2024) that replaces this one. */
    supersededBy: idSchema.optional(),
    themes,
    source: citationSchema,
    vague,
  })
  .strict();

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

// ── the dataset ─────────────────────────────────────────────────────────────

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

// ── types ───────────────────────────────────────────────────────────────────

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
