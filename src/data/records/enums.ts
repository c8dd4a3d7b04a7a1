// The fixed lists the records use (themes, sources, country groups, agreement types and statuses, mission kinds, events).
import { z } from 'zod';
import { MISSION_KINDS } from '../kinds';

export const THEME_IDS = ['legal-migration', 'irregular-migration', 'migration-development', 'international-protection', 'security'] as const;
export const themeIdSchema = z.enum(THEME_IDS);
export const themes = z.array(themeIdSchema);

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
