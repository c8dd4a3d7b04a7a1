// The lists of kinds the schema validates against, without zod: the browser bundle imports them from here (the zod
// schema stays on the build side; loading it in the page would also trip the strict content security policy, since
// zod probes for eval).
export const MISSION_KINDS = ['csdp-civilian', 'csdp-military', 'frontex', 'eu-office', 'centre', 'liaison-officer'] as const;
export const INSTRUMENT_KINDS = ['trust-fund', 'budget-instrument', 'humanitarian', 'programme', 'mechanism'] as const;
export const FUNDING_DONORS = ['eu-budget', 'eu-and-member-states', 'european-commission', 'eu'] as const;
export const FUNDING_KINDS = ['allocated', 'committed', 'pledged', 'mobilised', 'humanitarian', 'planned'] as const;
export const ORGANISATION_KINDS = ['un-agency', 'international-organisation', 'eu-agency', 'eu-service', 'forum'] as const;
