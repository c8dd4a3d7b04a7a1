// Building blocks of every record: ids, codes, dates, names and the citation of a document or a background fact.
import { z } from 'zod';
import { DATE_PATTERN, isValidDate } from '../dates';

// The schema also validates in the page (a stories file opened, the presenter's messages), under a strict content
// security policy: zod's probe for eval would be reported as a violation, so it runs without its eval-compiled parsers.
z.config({ jitless: true });

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
export const count = z.int({ error: 'expected an integer' }).nonnegative({ error: 'expected a non-negative integer' });

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

export const vague = nonEmpty.optional();
/** The record's name in each UI language other than English (`name`), keyed by language code. */
export const names = z.record(z.string().regex(/^[a-z]{2}$/, { error: 'expected a language code like "fr"' }), nonEmpty).optional();
export const qualifier = nonEmpty.optional();
