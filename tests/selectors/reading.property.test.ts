// The reading of the quotes at every date (issue "As true as its quotes"), checked over every record and 500 random
// (month, filters) pairs against rules restated here from docs/data.md, not imported from the app:
// 1. nothing is shown before the date of the document that states it (a dated fact in its own right from its date);
// 2. a mission, status or process is current only for three years after its latest source, or to a dated end;
// 3. a total adds one stage, one donor, one period, never an amount in no total;
// 4. a total of hedged amounts carries the hedge.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { countryDossier } from '../../src/selectors/dossier';
import { changesBetween } from '../../src/selectors/changes';
import { defaultState, EMPTY_FILTERS, TIMELINE_END, TIMELINE_START } from '../../src/state/defaults';
import { addMonths, monthIndex } from '../../src/state/month';
import { TOTALLED_STAGES } from '../../src/data/kinds';
import type { AppEvent, Citation, FundingFlow } from '../../src/data/schema';
import type { AppState, Filters, Month } from '../../src/state/types';

const model = loadDataset();
const views = createViewSelectors(model);
const d = model.dataset;
const span = monthIndex(TIMELINE_END) - monthIndex(TIMELINE_START);

// ── the rules, written out again ───────────────────────────────────────────────────────────────────────────────
const utc = (y: number, m: number, day = 1): number => Date.UTC(y, m - 1, day);
/** First instant of a date "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
function start(date: string): number {
  const [y, m = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return utc(y, m, day);
}
/** The month (index) in which a date ends: "2015" ends in December 2015. */
function endMonthIndex(date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number?];
  return y * 12 + (m ?? 12) - 1;
}
const monthStart = (month: Month): number => start(month);
const monthEnd = (month: Month): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return utc(y, m + 1) - 1;
};
/** A source keeps a claim current to the end of the 36th month after the month its document is dated in. */
const HORIZON = 36;
function currentTo(reported: string): number {
  const i = endMonthIndex(reported) + HORIZON + 1;
  return utc(Math.floor(i / 12), (i % 12) + 1) - 1;
}
function docDate(c: Citation): string | null {
  if (!('seed' in c)) return null;
  const s = d.sources.find((x) => x.seedFile === c.seed);
  return s?.date ?? /\b(19|20)\d{2}\b/.exec(s?.dateNote ?? '')?.[0] ?? null;
}

// ── arbitrary months and filters ────────────────────────────────────────────────────────────────────────────────
const pick = <T,>(values: readonly T[]) => fc.subarray([...values], { maxLength: 2 });
const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    themes: pick(d.themes.map((t) => t.id)),
    instruments: pick(d.instruments.map((i) => i.id)),
    groups: pick(['candidate', 'western-balkans', 'middle-east', 'horn-of-africa', 'southern-neighbourhood', 'eastern-partnership']),
    agreementTypes: pick(['readmission-agreement', 'dialogue', 'mobility-partnership']),
    organisations: fc.constant([]),
    routes: pick(d.routes.map((r) => r.id)),
  })
  .map((f) => ({ ...EMPTY_FILTERS, ...f }) as Filters);
const monthArb = fc.integer({ min: 0, max: span }).map((i) => addMonths(TIMELINE_START, i));
const stateAt = (month: Month, filters: Filters = EMPTY_FILTERS): AppState => {
  const base = defaultState();
  return { ...base, time: { ...base.time, date: month }, filters };
};

function ancestors(f: FundingFlow): string[] {
  const out: string[] = [];
  let p = f.partOf;
  while (p && !out.includes(p)) {
    out.push(p);
    p = model.funding.get(p)?.partOf;
  }
  return out;
}

describe('the reading of every record at every date (property, 500 months and filters)', () => {
  it('shows nothing before its document, nothing current past its horizon, and totals of one stage, donor and period', () => {
    fc.assert(
      fc.property(monthArb, fc.oneof(fc.constant(EMPTY_FILTERS), filtersArb), (month, filters) => {
        const s = stateAt(month, filters);
        const end = monthEnd(month);
        const begin = monthStart(month);
        // 1. Funding: every amount shown is stated by the end of the month, by its document.
        for (const f of views.funding(s)) expect(start(docDate(f.source) ?? f.from ?? '0000'), `${f.id} at ${month}`).toBeLessThanOrEqual(end);
        // 1. Route figures drawn: stated by then.
        for (const r of views.routes(s)) if (r.figure) expect(start(docDate(r.figure.source) ?? r.figure.to), `${r.route.id} ${r.figure.id} at ${month}`).toBeLessThanOrEqual(end);
        // 1, 2. Missions: shown from their start, never past a dated end, current only within the horizon.
        for (const m of views.missions(s)) {
          const first = m.from ?? docDate(m.sources[0]!);
          if (first) expect(start(first), `${m.id} at ${month}`).toBeLessThanOrEqual(end);
          if (m.to) expect(begin, `${m.id} shown after its end at ${month}`).toBeLessThanOrEqual(currentEnd(m.to));
          const reports = m.sources.map((c) => docDate(c) ?? ('background' in c ? m.from : null)).filter((x): x is string => Boolean(x));
          if (m.standing === 'current' && !m.to && reports.length) expect(begin, `${m.id} current at ${month}`).toBeLessThanOrEqual(Math.max(...reports.map(currentTo)));
          if (m.announced) expect(m.standing).toBe('planned');
        }
        // 1, 2. Partners: every framework's status stated by then; current ones within the horizon after a report of it.
        for (const p of views.partners(s)) {
          for (const f of p.frameworks) {
            expect(start(f.status.from), `${f.agreement.id} at ${month}`).toBeLessThanOrEqual(end);
            const sameStatus = f.agreement.status.filter((e) => e.status === f.status.status).map((e) => docDate(e.source) ?? e.from);
            if (f.standing === 'current') expect(begin, `${f.agreement.id} current at ${month}`).toBeLessThanOrEqual(Math.max(...sameStatus.map(currentTo)));
          }
          if (!p.lastReportedOnly && p.category !== 'candidate') expect(p.frameworks.some((f) => f.standing === 'current'), `${p.iso2} at ${month}`).toBe(true);
        }
        // 1. Displacement and hosted figures: stated by then.
        for (const x of views.displacement(s)) expect(start(docDate(x.source) ?? x.date)).toBeLessThanOrEqual(end);
        for (const x of views.hostedFigures(s)) expect(start(docDate(x.source) ?? x.to ?? '0000')).toBeLessThanOrEqual(end);
        // 3, 4. Totals.
        const summary = views.fundingSummary(s);
        const counted = new Set<string>();
        for (const t of summary.totals) {
          expect((TOTALLED_STAGES as readonly string[]).includes(t.stage)).toBe(true);
          for (const f of t.records) {
            expect([f.stage, f.donor, f.from, f.to], `${f.id} in the total of ${t.stage}/${t.donor}`).toEqual([t.stage, t.donor, t.from, t.to]);
            expect(f.amountEur).not.toBeNull();
            expect(f.context).toBeUndefined();
            expect(counted.has(f.id)).toBe(false);
            counted.add(f.id);
          }
          expect(t.amount).toBe(t.records.reduce((sum, f) => sum + (f.amountEur ?? NaN), 0));
          const hedges = new Set(t.records.map((f) => f.qualifier).filter(Boolean));
          if (hedges.size === 0) expect(t.qualifier).toBeUndefined();
          else if ([...hedges].every((q) => q === 'more than' || q === 'over')) expect(t.qualifier).toBe('at-least');
          else expect(t.qualifier).toBeDefined();
        }
        for (const id of counted) for (const a of ancestors(model.funding.get(id)!)) expect(counted.has(a), `${id} counted with its aggregate ${a}`).toBe(false);
        // Every amount known then is counted or left out with a reason.
        expect([...counted, ...summary.leftOut.map((l) => l.record.id)].sort()).toEqual(views.funding(s).map((f) => f.id).sort());
        for (const l of summary.leftOut) {
          if (l.reason === 'stage-not-stated') expect(l.record.stage).toBe('not-stated');
          if (l.reason === 'committed-or-planned') expect(l.record.stage).toBe('committed-or-planned');
          if (l.reason === 'no-amount') expect(l.record.amountEur).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('gives every country dossier the same reading', () => {
    const countries = d.countries.map((c) => c.id);
    fc.assert(
      fc.property(monthArb, fc.constantFrom(...countries), (month, iso2) => {
        const dossier = countryDossier(model, iso2, month)!;
        const end = monthEnd(month);
        for (const f of [...dossier.funding, ...dossier.sharedFunding]) expect(start(docDate(f.source) ?? f.from ?? '0000'), `${f.id} in ${iso2} at ${month}`).toBeLessThanOrEqual(end);
        for (const t of dossier.fundingSummary.totals) for (const f of t.records) expect([f.stage, f.donor]).toEqual([t.stage, t.donor]);
        for (const f of dossier.figures) expect(start(docDate(f.source) ?? f.to ?? f.from ?? '0000')).toBeLessThanOrEqual(end);
        for (const e of dossier.events) {
          expect(start(e.date)).toBeLessThanOrEqual(end);
          expect(e.announced).toBe(announced(e));
        }
        for (const a of dossier.agreements) expect(start(a.current.from)).toBeLessThanOrEqual(end);
        for (const m of dossier.missions) if (m.to) expect(monthStart(month)).toBeLessThanOrEqual(currentEnd(m.to));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('dates each change of the comparison list by the same rules', () => {
    fc.assert(
      fc.property(monthArb, monthArb, (a, b) => {
        const list = changesBetween(model, EMPTY_FILTERS, a, b);
        for (const c of list.changes) {
          // An end is dated by its last day, which month A still shows; everything else starts after A.
          const isEnd = (c.type === 'group' && c.event === 'left') || (c.type === 'mission' && c.event === 'closed');
          if (isEnd) expect(currentEnd(c.date)).toBeLessThan(monthStart(list.to));
          else expect(start(c.date)).toBeGreaterThan(monthEnd(list.from));
          expect(start(c.date)).toBeLessThanOrEqual(monthEnd(list.to));
          if (c.type === 'funding') expect(c.date).toBe(docDate(c.record.source) ?? c.record.from);
          if (c.type === 'route-figure') expect(c.date).toBe(docDate(c.figure.source) ?? c.figure.to);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

/** The last instant of a dated end. */
function currentEnd(date: string): number {
  const [y, m, day] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return utc(y + 1, 1) - 1;
  if (day === undefined) return utc(y, m + 1) - 1;
  return utc(y, m, day + 1) - 1;
}
function announced(e: AppEvent): boolean {
  const stated = docDate(e.source);
  return stated !== null && currentEnd(stated) < start(e.date);
}

describe('what the issue names, by hand', () => {
  const at = (month: Month, filters: Filters = EMPTY_FILTERS) => stateAt(month, filters);

  it('June 2012: no total includes the €1.8 billion mobilised "since 2011" (stated September 2015)', () => {
    const s = at('2012-06');
    expect(views.funding(s).map((f) => f.id)).not.toContain('syria-region-since-2011-eu-budget-2015');
    expect(views.fundingSummary(s).totals.flatMap((t) => t.records.map((f) => f.id))).not.toContain('syria-region-since-2011-eu-budget-2015');
    expect(views.funding(at('2015-09')).map((f) => f.id)).toContain('syria-region-since-2011-eu-budget-2015');
  });

  it('Operation Sophia: active in 2019, not drawn from April 2020 (ended 31 March 2020, a background record)', () => {
    const sophia = (month: Month) => views.missions(at(month)).find((m) => m.id === 'eunavfor-med');
    expect(sophia('2019-06')?.standing).toBe('current');
    expect(sophia('2020-03')?.standing).toBe('current');
    expect(sophia('2020-04')).toBeUndefined();
    expect(sophia('2024-06')).toBeUndefined();
  });

  it('a mission described only in September 2015 is last reported from October 2018, and announced offices are planned', () => {
    const somalia = (month: Month) => views.missions(at(month)).find((m) => m.id === 'eutm-somalia');
    expect(somalia('2018-09')?.standing).toBe('current');
    expect(somalia('2018-10')?.standing).toBe('last-reported');
    expect(somalia('2018-10')?.lastReported).toBe('2015-09-09');
    expect(views.missions(at('2016-01')).find((m) => m.id === 'frontex-liaison-officer-ankara')?.standing).toBe('planned');
  });

  it('no total adds humanitarian amounts of different stages, donors or periods (September 2015)', () => {
    const totals = views.fundingSummary(at('2015-09')).totals;
    const humanitarian = ['syria-region-humanitarian-2015', 'iraq-humanitarian-2015', 'serbia-north-macedonia-humanitarian-2015', 'south-sudan-humanitarian-since-2014'];
    for (const t of totals) expect(t.records.filter((f) => humanitarian.includes(f.id)).length, `${t.stage}/${t.donor}`).toBeLessThanOrEqual(1);
    const southSudan = totals.find((t) => t.records.some((f) => f.id === 'south-sudan-humanitarian-since-2014'))!;
    expect([southSudan.stage, southSudan.donor, southSudan.qualifier]).toEqual(['provided', 'eu-and-member-states', 'at-least']);
  });

  it('the Horn of Africa corridor is not drawn as a route through Sudan', () => {
    for (const r of views.routes(at('2015-09'))) expect(r.route.countries.transit).not.toContain('SD');
    expect(model.routes.has('horn-of-africa')).toBe(false);
  });

  it("Libya's dossier shows the Commission's assistance to migrants stranded there, with its quote", () => {
    const libya = countryDossier(model, 'LY', '2015-09')!;
    const help = libya.funding.find((f) => f.id === 'libya-stranded-migrants-assistance-2015');
    expect(help && 'quote' in help.source ? help.source.quote : '').toContain('stranded in Libya');
    expect(libya.fundingSummary.leftOut.find((l) => l.record.id === 'libya-stranded-migrants-assistance-2015')?.reason).toBe('no-amount');
  });

  it('route figures of January to August 2015 appear with their document, in September 2015', () => {
    const em = (month: Month) => views.routes(at(month)).find((r) => r.route.id === 'eastern-mediterranean')?.figure;
    expect(em('2015-08')).toBeUndefined();
    expect(em('2015-09')?.value).toBe(182_740);
  });
});
