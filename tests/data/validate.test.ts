// validateDataset: malformed records get one readable line naming file, id and field; the real dataset has none.
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/schema';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { checkData } from '../../scripts/data/read-data';

const SEED = '002_af82631bf566b641.txt';
const cite = (quote = 'the EU has mobilised significant funds in this crisis') => ({ seed: SEED, quote });

/** A small dataset that validates: every test changes one thing in it. */
function fixture(): Record<string, unknown[]> {
  return {
    'data/sources.json': [
      ['com-ih-international-organisations', '000_5260fab4b7f98ab9.txt'],
      ['com-ih-international-affairs', '001_1e12151ab9cf15f0.txt'],
      ['join-2015-40', SEED],
      ['frontex-international-organisations', '003_0da6ffa20a821723.txt'],
      ['near-migration-support', '004_d7b9f8ecbda8834c.txt'],
    ].map(([id, seedFile]) => ({ id, seedFile, title: 'A title', reference: null, publisher: 'European Commission', date: seedFile === SEED ? '2015-09-09' : null })),
    'data/themes.json': ['legal-migration', 'irregular-migration', 'migration-development', 'international-protection', 'security'].map((id) => ({
      id,
      name: id,
      source: cite(),
    })),
    'data/countries.json': [
      { id: 'TR', name: 'Türkiye', aliases: ['Turkey'], groups: [{ group: 'candidate' }] },
      { id: 'SY', name: 'Syria', aliases: [], groups: [{ group: 'middle-east', from: '2011', to: '2015-09' }] },
    ],
    'data/routes.json': [
      {
        id: 'eastern-mediterranean',
        name: 'Eastern Mediterranean',
        schematic: true,
        waypoints: [
          { name: 'Izmir', country: 'TR', lon: 27.1, lat: 38.4 },
          { name: 'Damascus', country: 'SY', lon: 36.3, lat: 33.5 },
        ],
        countries: { origin: ['SY'], transit: ['TR'], destination: [] },
        figures: [{ id: 'em-2015', metric: 'detections', value: 182740, from: '2015-01', to: '2015-08', source: cite() }],
        composition: [{ nationality: 'sub-saharan-africa', percent: 10, from: '2015', to: '2015', source: cite() }],
        sources: [cite('those crossing through what is called the Eastern Mediterranean route')],
      },
    ],
    'data/agreements.json': [
      {
        id: 'eu-turkey-readmission',
        type: 'readmission-agreement',
        name: 'EU-Turkey readmission agreement',
        partners: ['TR'],
        status: [{ status: 'in-force', from: '2014-10-01', fromBasis: 'external', source: cite() }],
        themes: ['irregular-migration'],
        sources: [cite()],
      },
    ],
    'data/missions.json': [],
    'data/instruments.json': [{ id: 'madad', name: 'EU Regional Trust Fund in response to the Syrian crisis', kind: 'trust-fund', sources: [cite()] }],
    'data/funding.json': [
      {
        id: 'turkey-2015',
        instrument: 'madad',
        donor: 'eu-budget',
        recipients: ['TR'],
        amountEur: 175000000,
        from: '2015',
        to: null,
        purpose: 'support to refugees',
        purposeKind: 'humanitarian',
        stage: 'mobilised',
        themes: ['international-protection'],
        source: cite(),
      },
    ],
    'data/organisations.json': [],
    'data/processes.json': [],
    'data/events.json': [],
    'data/displacement.json': [{ id: 'sy-idps-2015', country: 'SY', idps: 7600000, date: '2015-09', source: cite() }],
  };
}

type Rec = Record<string, unknown>;
function firstFunding(files: Record<string, unknown[]>): Rec {
  return files['data/funding.json']![0] as Rec;
}

function lines(files: Record<string, unknown>): string[] {
  return validateDataset(files).problems.map(formatProblem);
}

describe('validateDataset: reading rules', () => {
  it('refuses a stage whose verb is not in the quote, and says where the text gives none', () => {
    const files = fixture();
    firstFunding(files).stage = 'pledged';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 stage: stage "pledged" needs its verb in the quote (\\bpledg); where the text gives no stage use "not-stated"']);
    firstFunding(files).stage = 'not-stated';
    expect(lines(files)).toEqual([]);
  });

  it('refuses a route that no quote describes as a route', () => {
    const files = fixture();
    (files['data/routes.json']![0] as Rec).sources = [cite('A quarter of a million have sought refuge in Ethiopia and Sudan.')];
    expect(lines(files)).toEqual(['data/routes.json eastern-mediterranean sources: a route needs a quote that describes it as a route (the word "route", a crossing point or a transit hub on it): no document describes this corridor']);
  });

  it('refuses a status with no dated source (no horizon), and a mission end with nothing that states it', () => {
    const files = fixture();
    const status = ((files['data/agreements.json']![0] as Rec).status as Rec[])[0]!;
    status.source = { seed: '003_0da6ffa20a821723.txt', quote: 'Frontex aims to work together with international organisations' };
    status.fromBasis = 'document-date';
    files['data/missions.json'] = [
      { id: 'op', name: 'An operation', kind: 'csdp-military', country: null, location: { name: 'Sea', lon: 15, lat: 35 }, from: '2015-05-18', to: '2020-03-31', mandate: 'patrols', themes: [], sources: [cite()] },
    ];
    expect(lines(files)).toEqual([
      'data/missions.json op ended: a mission with "to" needs "ended": the source or background record that says when it ended',
      'data/agreements.json eu-turkey-readmission status[0].source: a status needs a dated source: nothing else gives it a horizon',
    ]);
  });
});

describe('validateDataset', () => {
  it('accepts the fixture and returns the dataset', () => {
    const { dataset, problems } = validateDataset(fixture());
    expect(problems).toEqual([]);
    expect(dataset?.funding[0]?.amountEur).toBe(175000000);
  });

  it('reports a wrong type with the value found', () => {
    const files = fixture();
    firstFunding(files).amountEur = '175';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 amountEur: expected an integer, got "175"']);
  });

  it('reports an unknown country', () => {
    const files = fixture();
    firstFunding(files).recipients = ['TR', 'ZZ'];
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 recipients[1]: unknown country "ZZ" (not in data/countries.json)']);
  });

  it('reports a missing citation', () => {
    const files = fixture();
    delete firstFunding(files).source;
    expect(lines(files)).toEqual([
      'data/funding.json turkey-2015 source: missing (expected a citation: { "seed": "<seed file>", "quote": "..." } or background { "background": "<statement>", "reference": "<act, Official Journal reference>" })',
    ]);
  });

  it('reports a citation of a seed file that no source has', () => {
    const files = fixture();
    firstFunding(files).source = { seed: '009_0000.txt', quote: 'five words mobilised are enough here' };
    expect(lines(files)).toEqual([
      'data/funding.json turkey-2015 source.seed: unknown seed file "009_0000.txt" (no source in data/sources.json has this seedFile)',
    ]);
  });

  it('reports a quote that is too short, inside the citation branch it belongs to', () => {
    const files = fixture();
    firstFunding(files).source = { seed: SEED, quote: 'too short' };
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 source.quote: a quote has 5-40 words, this one 2']);
  });

  it('reports a date that is not a calendar date', () => {
    const files = fixture();
    firstFunding(files).from = '2015-13-01';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 from: not a real calendar date, got "2015-13-01"']);
  });

  it('reports a date in the wrong format, nested in an array', () => {
    const files = fixture();
    ((files['data/agreements.json']![0] as Rec).status as Rec[])[0]!.from = '1/10/2014';
    expect(lines(files)).toEqual([
      'data/agreements.json eu-turkey-readmission status[0].from: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "1/10/2014"',
    ]);
  });

  it('reports "to" before "from"', () => {
    const files = fixture();
    firstFunding(files).to = '2014-12';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 to: "to" "2014-12" is before "from" "2015"']);
  });

  it('reports a duplicate id with the position of the first', () => {
    const files = fixture();
    files['data/funding.json']!.push({ ...firstFunding(files) });
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 id: duplicate id (also record 1)']);
  });

  it('reports an unknown partOf', () => {
    const files = fixture();
    firstFunding(files).partOf = 'nowhere';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 partOf: unknown funding record "nowhere"']);
  });

  it('reports a partOf cycle once', () => {
    const files = fixture();
    const a = firstFunding(files);
    files['data/funding.json']!.push({ ...a, id: 'b', partOf: 'turkey-2015' });
    a.partOf = 'b';
    expect(lines(files)).toEqual(['data/funding.json turkey-2015 partOf: partOf cycle: turkey-2015 -> b -> turkey-2015']);
  });

  it('reports an unknown instrument, theme and field', () => {
    const files = fixture();
    Object.assign(firstFunding(files), { instrument: 'no-such-fund', themes: ['climate'], colour: 'red' });
    expect(lines(files)).toEqual([
      'data/funding.json turkey-2015 themes[0]: expected one of "legal-migration", "irregular-migration", "migration-development", "international-protection", "security", got "climate"',
      'data/funding.json turkey-2015 colour: unknown field',
      'data/funding.json turkey-2015 instrument: unknown instrument "no-such-fund" (not in data/instruments.json)',
    ]);
  });

  it('reports an unknown duplicateOf', () => {
    const files = fixture();
    (files['data/displacement.json']![0] as Rec).duplicateOf = 'sy-idps-2014';
    expect(lines(files)).toEqual(['data/displacement.json sy-idps-2015 duplicateOf: unknown displacement record "sy-idps-2014"']);
  });

  it('names a record without id "?"', () => {
    const files = fixture();
    delete firstFunding(files).id;
    expect(lines(files)).toEqual(['data/funding.json ? id: missing (expected a string)']);
  });

  it('reports a file that is not an array, and a missing file', () => {
    const files: Record<string, unknown> = fixture();
    files['data/funding.json'] = { id: 'turkey-2015' };
    delete files['data/events.json'];
    expect(lines(files)).toEqual(['data/events.json - -: file missing', 'data/funding.json - -: expected a JSON array of records, got an object'].sort(byFileOrder));
  });
});

function byFileOrder(a: string, b: string): number {
  const rank = (l: string) => DATA_FILES.findIndex((k) => l.startsWith(`data/${k}.json`));
  return rank(a) - rank(b);
}

describe('the real dataset in data/', () => {
  it('validates with zero problems, stories included', () => {
    expect(checkData().problems.map(formatProblem)).toEqual([]);
  });
});
