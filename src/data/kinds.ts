// The lists of kinds the schema validates against, without zod: the browser bundle imports them from here (the zod
// schema stays on the build side; loading it in the page would also trip the strict content security policy, since
// zod probes for eval).
export const MISSION_KINDS = ['csdp-civilian', 'csdp-military', 'frontex', 'eu-office', 'centre', 'liaison-officer'] as const;
export const INSTRUMENT_KINDS = ['trust-fund', 'budget-instrument', 'humanitarian', 'programme', 'mechanism'] as const;
export const FUNDING_DONORS = ['eu-budget', 'eu-and-member-states', 'european-commission', 'eu'] as const;
/**
 * The stage of an amount, as the document's verb gives it ("allocated", "adopted", "pledged", ...). A total adds amounts
 * of one stage only. 'committed-or-planned' (the document's own "committed/planned") and 'not-stated' (the text says
 * "support", "amounts to", "worth") are listed apart and join no total.
 */
export const FUNDING_STAGES = ['allocated', 'adopted', 'committed', 'mobilised', 'pledged', 'provided', 'planned', 'committed-or-planned', 'not-stated'] as const;
/** The stages a total may add (each on its own). */
export const TOTALLED_STAGES = ['allocated', 'adopted', 'committed', 'mobilised', 'pledged', 'provided', 'planned'] as const;
/** What an amount is for, as the document says; never a stage, never a reason to add amounts together. */
export const FUNDING_PURPOSES = [
  'humanitarian',
  'development',
  'humanitarian-and-development',
  'migration-management',
  'border-management',
  'migration-and-border-management',
  'home-affairs',
  'crisis-response',
  'mixed',
  'not-stated',
] as const;
export const ORGANISATION_KINDS = ['un-agency', 'international-organisation', 'eu-agency', 'eu-service', 'forum'] as const;
