// The countries a funding amount concerns: a fact of the record alone, read by the filters, the funding selectors and
// the arcs, so it lives below all three.
import type { FundingFlow } from '../data/schema';

/** The countries an amount concerns: its recipients, or the countries the document names for its region. */
export function fundingCountries(f: FundingFlow): readonly string[] {
  return f.recipients.length > 0 ? f.recipients : (f.regionCountries ?? []);
}
