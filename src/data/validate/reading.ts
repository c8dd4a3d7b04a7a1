// Reading rules: what the data check refuses because the record would make the map say more than its quote does
// (docs/data.md, "Reading the quotes"). Run on schema-valid records, each problem naming file, record id and field.
import type { Problem, PathKey } from './problems';
import { formatPath } from './problems';

/** The verbs a quote must use for each stage of funding it is filed under; the two stages in no total need none. */
export const STAGE_VERBS: Readonly<Record<string, RegExp>> = {
  allocated: /\ballocat/i,
  adopted: /\b(adopt|approv)/i,
  committed: /\bcommit/i,
  mobilised: /\bmobili[sz]/i,
  pledged: /\bpledg/i,
  provided: /\b(provid|contribut|financ)/i,
  planned: /\b(plan|indicative|negotiat)/i,
  'committed-or-planned': /committed\/planned/i,
};

/** A quote that describes a route's corridor: it names it as a route (or a crossing point or transit hub on it). */
const ROUTE_WORDS = /\b(route|crossing point|transit hub)\b/i;

type Rec = Record<string, unknown>;
type Citation = { seed?: unknown; quote?: unknown; background?: unknown };

/** When a seed document is dated: its date, or a year in its note; null for a page that gives none. */
export type SeedDate = (seed: string) => string | null;

function quoteOf(c: unknown): string {
  return typeof c === 'object' && c !== null && typeof (c as Citation).quote === 'string' ? ((c as Citation).quote as string) : '';
}

/** When a citation says its claim holds: its document's date, or for a background record the claim's own date. */
function reportDate(c: unknown, ownDate: unknown, seedDate: SeedDate): string | null {
  if (typeof c !== 'object' || c === null) return null;
  const cit = c as Citation;
  if (typeof cit.seed === 'string') return seedDate(cit.seed);
  return typeof ownDate === 'string' ? ownDate : null;
}

export function checkReading(files: { funding?: Rec[]; missions?: Rec[]; agreements?: Rec[]; routes?: Rec[]; processes?: Rec[] }, seedDate: SeedDate): Problem[] {
  const problems: Problem[] = [];
  const push = (file: string, rec: Rec, path: PathKey[], message: string) => problems.push({ file, id: typeof rec.id === 'string' ? rec.id : '?', field: formatPath(path), message });

  // A stage needs its verb in the quote, or in the quote of the aggregate it is part of when that has the same stage.
  const funding = files.funding ?? [];
  const byId = new Map(funding.map((f) => [f.id, f]));
  for (const f of funding) {
    const stage = String(f.stage);
    const verb = STAGE_VERBS[stage];
    if (!verb) continue;
    let holder: Rec | undefined = f;
    let found = false;
    for (let depth = 0; holder && depth <= funding.length; depth++) {
      if (verb.test(quoteOf(holder.source))) {
        found = true;
        break;
      }
      const parent: Rec | undefined = typeof holder.partOf === 'string' ? byId.get(holder.partOf) : undefined;
      holder = parent && parent.stage === stage ? parent : undefined;
    }
    if (!found) push('data/funding.json', f, ['stage'], `stage "${stage}" needs its verb in the quote (${verb.source}); where the text gives no stage use "not-stated"`);
    if (f.amountEur === null && f.qualifier !== undefined) push('data/funding.json', f, ['qualifier'], 'an amount not stated has no qualifier');
  }

  // A dated end needs what says so, and what says so needs the end.
  for (const m of files.missions ?? []) {
    if (m.to !== undefined && m.ended === undefined) push('data/missions.json', m, ['ended'], 'a mission with "to" needs "ended": the source or background record that says when it ended');
    if (m.ended !== undefined && m.to === undefined) push('data/missions.json', m, ['to'], '"ended" needs the date it gives in "to"');
    // Open-ended: current only for the horizon after a dated source, so one source at least must be dated.
    if (m.to === undefined) {
      const sources = Array.isArray(m.sources) ? m.sources : [];
      if (!sources.some((c) => reportDate(c, m.from, seedDate))) push('data/missions.json', m, ['sources'], 'an open-ended mission needs a dated source (a dated document, or a background record with "from"): nothing else gives it a horizon');
    }
  }
  for (const a of files.agreements ?? []) {
    const status = Array.isArray(a.status) ? (a.status as Rec[]) : [];
    status.forEach((e, i) => {
      if (!reportDate(e.source, e.from, seedDate)) push('data/agreements.json', a, ['status', i, 'source'], 'a status needs a dated source: nothing else gives it a horizon');
    });
  }
  for (const p of files.processes ?? []) {
    const sources = Array.isArray(p.sources) ? p.sources : [];
    if (sources.length > 0 && !sources.some((c) => reportDate(c, null, seedDate))) push('data/processes.json', p, ['sources'], 'a process needs a dated source: nothing else gives it a horizon');
  }

  // A route is drawn only where a document describes its corridor.
  for (const r of files.routes ?? []) {
    const sources = Array.isArray(r.sources) ? r.sources : [];
    if (!sources.some((c) => typeof (c as Citation).seed === 'string' && ROUTE_WORDS.test(quoteOf(c)))) {
      push('data/routes.json', r, ['sources'], 'a route needs a quote that describes it as a route (the word "route", a crossing point or a transit hub on it): no document describes this corridor');
    }
  }
  return problems;
}
