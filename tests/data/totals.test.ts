// Funding totals never count an amount twice: a part is left out when its aggregate is in the same set.
import { describe, expect, it } from 'vitest';
import { buildModel, fundingTotal } from '../../src/data/model';
import { fundingFlowSchema, type Dataset, type FundingFlow } from '../../src/data/schema';
import { readDataFiles } from '../../scripts/data/read-data';


function flow(id: string, amountEur: number, partOf?: string): FundingFlow {
  return {
    id,
    instrument: 'madad',
    donor: 'eu-budget',
    recipients: [],
    amountEur,
    from: '2015',
    to: null,
    purpose: 'test',
    kind: 'allocated',
    themes: [],
    source: { seed: '002_af82631bf566b641.txt', quote: 'a quote of at least five words' },
    ...(partOf ? { partOf } : {}),
  };
}

describe('fundingTotal', () => {
  const aggregate = flow('aggregate', 100);
  const a = flow('part-a', 60, 'aggregate');
  const b = flow('part-b', 30, 'aggregate');

  it('counts an aggregate once, not again with its parts', () => {
    expect(fundingTotal([aggregate, a, b])).toBe(100);
    expect(fundingTotal([a, aggregate, b])).toBe(100);
  });

  it('sums the parts when their aggregate is not in the set', () => {
    expect(fundingTotal([a, b])).toBe(90);
    expect(fundingTotal([a, b], [aggregate, a, b])).toBe(90);
  });

  it('leaves out grandchildren whose grandparent is in the set', () => {
    const grand = flow('grand', 1000);
    const parent = flow('parent', 600, 'grand');
    const child = flow('child', 400, 'parent');
    const other = flow('other', 7);
    const all = [grand, parent, child, other];
    expect(fundingTotal([grand, parent, child])).toBe(1000);
    expect(fundingTotal([grand, child], all)).toBe(1000);
    expect(fundingTotal([parent, child, other], all)).toBe(607);
    expect(fundingTotal([child, other], all)).toBe(407);
  });

  it('follows ancestors through the whole dataset in the model', () => {
    const model = buildModel({ ...emptyDataset(), funding: [flow('grand', 1000), flow('parent', 600, 'grand'), flow('child', 400, 'parent')] });
    expect(model.fundingTotal([model.funding.get('grand')!, model.funding.get('child')!])).toBe(1000);
  });

  it('counts a record listed twice once', () => {
    expect(fundingTotal([b, b])).toBe(30);
  });
});

function emptyDataset(): Dataset {
  return {
    sources: [],
    themes: [],
    countries: [],
    routes: [],
    agreements: [],
    missions: [],
    instruments: [],
    funding: [],
    organisations: [],
    processes: [],
    events: [],
    displacement: [],
    figures: [],
  };
}

describe('the real funding records', () => {
  it('have parts that add up to no more than their aggregate, unless it is marked vague', () => {
    const raw = readDataFiles().files['data/funding.json'];
    const records = (Array.isArray(raw) ? raw : []).flatMap((r) => {
      const parsed = fundingFlowSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    const byId = new Map(records.map((r) => [r.id, r]));
    const partsOf = new Map<string, FundingFlow[]>();
    for (const r of records) if (r.partOf) partsOf.set(r.partOf, [...(partsOf.get(r.partOf) ?? []), r]);
    const overflows: string[] = [];
    for (const [id, parts] of partsOf) {
      const aggregate = byId.get(id);
      if (!aggregate || aggregate.vague) continue;
      const sum = parts.reduce((s, p) => s + p.amountEur, 0);
      if (sum > aggregate.amountEur) overflows.push(`${id}: parts ${parts.map((p) => p.id).join(' + ')} = ${sum} > ${aggregate.amountEur}`);
    }
    expect(overflows).toEqual([]);
  });
});

describe('the real Western Balkans amounts of the DG NEAR page', () => {
  it('add up to the EUR 350 million aggregate plus the unlinked EUR 36 million programme, parts not added again', () => {
    const records = (readDataFiles().files['data/funding.json'] as unknown[]).map((r) => fundingFlowSchema.parse(r));
    const westernBalkans = records.filter((r) => r.region === 'Western Balkans' && 'seed' in r.source && r.source.seed === '004_d7b9f8ecbda8834c.txt');
    // By hand: "more than €350 million" since 2021 contains the €60 million package (€47 million + €13 million);
    // the €36 million anti-smuggling programme of June 2023 is not said to be part of it.
    expect(westernBalkans.map((r) => r.amountEur).sort((a, b) => a - b)).toEqual([13_000_000, 36_000_000, 47_000_000, 60_000_000, 350_000_000]);
    expect(fundingTotal(westernBalkans)).toBe(350_000_000 + 36_000_000);
    expect(fundingTotal(westernBalkans.filter((r) => r.amountEur !== 350_000_000))).toBe(60_000_000 + 36_000_000);
  });
});
