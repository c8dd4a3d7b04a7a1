// EU membership at a date, read from the dated `eu-member` groups of data/countries.json (never from a fixed list).
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { groupsAt } from './filters';
import { activeAt } from './time';
import type { CountryGroupMembership } from '../data/schema';

// One list per Groups object: months between two accessions share it, so the map's filter is set only when it changes.
const membersByGroups = new WeakMap<object, readonly string[]>();

/** The dated `eu-member` record that holds for the country at the end of the month, if it is a member then. */
export function euMembershipAt(model: Model, iso2: string, month: Month): CountryGroupMembership | undefined {
  return model.countries.get(iso2)?.groups.find((g) => g.group === 'eu-member' && activeAt(g.from, g.to, month));
}

/** ISO codes of the EU member states at the end of the month, sorted. */
export function euMembersAt(model: Model, month: Month): readonly string[] {
  const groups = groupsAt(model, month);
  let members = membersByGroups.get(groups);
  if (!members) {
    members = Object.freeze([...groups].filter(([, g]) => g.has('eu-member')).map(([iso2]) => iso2).sort());
    membersByGroups.set(groups, members);
  }
  return members;
}
