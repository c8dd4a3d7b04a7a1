// The comparison of two dates (issue 19), opened by link: the change list says what changed between September 2015
// and June 2024 with sources (the United Kingdom leaving the EU, the Frontex status agreements, funding by stage), the
// map shows it, the divider moves with the keyboard, and the screen differs on either side where membership differs.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { compareDriver, type ChangeItem, type CompareDriver } from './driver-compare';
import { colourDistance } from './colours';
import { colourDistance as pngDistance, decodePng, patchColour } from './png';
import { hasPdfToText, pdfPageCount, pdfPagePng, pdfPageTexts } from './pdf';
import { LAYER } from '../../src/map/ids';

const baseUrl = inject('baseUrl');
// Centred on England at a zoom where Ireland and the Netherlands are on screen, clear of the legend.
const LINK = '?v=1&date=2015-09&compare=2015-09,2024-06&cam=-1.6,52.6,4.5';
const SAME = 12;
const DIFFERENT = 30;

/** One browser per block: opened before its tests, closed after them. */
function withBrowser(): { map: MapDriver; compare: CompareDriver } {
  const handle = {} as { map: MapDriver; compare: CompareDriver };
  beforeAll(async () => {
    handle.map = await launch(baseUrl, { width: 1600, height: 900, reducedMotion: true });
    handle.compare = compareDriver(handle.map);
  });
  afterAll(async () => {
    await handle.map?.close();
  });
  return handle;
}

describe('comparison of 2015-09 and 2024-06 by link', () => {
  const b = withBrowser();
  let changes: ChangeItem[];

  it('opens with both maps labelled with their month and the change list', { timeout: 240_000 }, async () => {
    const t0 = Date.now();
    await b.compare.openComparison(LINK);
    console.log(`compare: both maps idle ${Date.now() - t0} ms after navigation`);
    expect(await b.compare.sideLabels()).toEqual(['A · September 2015', 'B · June 2024']);
    // Seen, not only present: no map control lies over either label.
    expect(await b.compare.labelsInSight()).toEqual([true, true]);
    expect(await b.compare.changeListTitle()).toBe('What changed between September 2015 and June 2024');
    expect(await b.compare.camerasMatch()).toBe(true);
    expect(await b.compare.noticesText()).toBe('');
    changes = await b.compare.changes();
  });

  it('lists the United Kingdom leaving the EU on 31 January 2020, with its background reference', async () => {
    const uk = changes.filter((c) => c.text === 'United Kingdom leaves the EU');
    expect(uk.map((c) => c.date)).toEqual(['31 January 2020']);
    const source = await b.compare.sourceOf(uk[0]!.key);
    expect(source.kind).toBe('background');
    expect(source.text).toMatch(/Official Journal|OJ/);
  });

  it('shows the United Kingdom as a member left of the divider (2015) and not right of it (2024)', async () => {
    expect(await b.compare.dividerPosition()).toBe(50);
    const ukA = await b.compare.colourAt(await b.compare.projectOnScreen(-2.6, 52.6));
    const ukB = await b.compare.colourAt(await b.compare.projectOnScreen(-0.6, 52.6));
    const ireland = await b.compare.colourAt(await b.compare.projectOnScreen(-8, 53.2));
    const netherlands = await b.compare.colourAt(await b.compare.projectOnScreen(5.8, 52.6));
    console.log(`compare: UK on side A ${ukA}, on side B ${ukB}; Ireland (A) ${ireland}; Netherlands (B) ${netherlands}`);
    expect(colourDistance(ukA, ukB)).toBeGreaterThan(DIFFERENT);
    // A member on either side has the member fill; the United Kingdom has it on side A only.
    expect(colourDistance(ukA, ireland)).toBeLessThan(SAME);
    expect(colourDistance(netherlands, ireland)).toBeLessThan(SAME);
    expect(colourDistance(ukB, netherlands)).toBeGreaterThan(DIFFERENT);
  });

  it('moves the divider with the keyboard, and the screen with it', async () => {
    await b.compare.pressOnDivider('ArrowRight');
    expect(await b.compare.dividerPosition()).toBe(55);
    await b.compare.pressOnDivider('ArrowLeft');
    await b.compare.pressOnDivider('ArrowLeft');
    expect(await b.compare.dividerPosition()).toBe(45);
    const ukLeft = await b.compare.projectOnScreen(-2.6, 52.6);
    const memberFill = await b.compare.colourAt(await b.compare.projectOnScreen(-8, 53.2));
    await b.compare.pressOnDivider('Home');
    expect(await b.compare.dividerPosition()).toBe(0);
    // All of the map is June 2024 now: Ireland keeps the member fill, the United Kingdom's west no longer has it.
    expect(colourDistance(await b.compare.colourAt(ukLeft), memberFill)).toBeGreaterThan(DIFFERENT);
    expect(colourDistance(await b.compare.colourAt(await b.compare.projectOnScreen(-8, 53.2)), memberFill)).toBeLessThan(SAME);
    await b.compare.pressOnDivider('End');
    expect(await b.compare.dividerPosition()).toBe(100);
    expect(colourDistance(await b.compare.colourAt(await b.compare.projectOnScreen(-0.6, 52.6)), memberFill)).toBeLessThan(SAME);
  });

  it('lists the changes in the data table, as CSV, and as a PNG of both maps with the list', async () => {
    const rows = await b.compare.changeTableRows();
    // The table is in date order, the list by section: the same changes.
    expect(rows.map((r) => r.key).sort()).toEqual(changes.map((c) => c.key).sort());
    const uk = rows.find((r) => r.cells[1] === 'United Kingdom leaves the EU')!;
    expect(uk.cells[0]).toBe('2020-01-31 · EU membership and candidacy');
    expect(uk.cells[2]).toMatch(/^Background: /);
    const csv = (await b.compare.downloadFromChangeTable('CSV')).toString('utf8');
    expect(csv.split('\n')[0]).toBe('table,id,name,value,detail,sourceDocument,quote');
    expect(csv).toContain('United Kingdom leaves the EU');
    const png = decodePng(await b.compare.downloadFromChangeTable('PNG'));
    // Map A on the left and map B on the right, each at half size (16 px margin, 48 px title, 8 px between them).
    const at = await b.compare.projectOnCanvas(-1.6, 52.6);
    const half = Math.round(png.width - 16 * 2 - 8) / 2;
    const ukA = patchColour(png, 16 + at.x / 2, 48 + at.y / 2, 5);
    const ukB = patchColour(png, 16 + half + 8 + at.x / 2, 48 + at.y / 2, 5);
    console.log(`compare PNG ${png.width}x${png.height}: UK on map A ${ukA}, on map B ${ukB}`);
    expect(pngDistance(ukA, ukB)).toBeGreaterThan(DIFFERENT);
    expect(png.height).toBeGreaterThan(48 + changes.length * 17);
  });

  it('lists the Frontex status agreements that started in between, with their dates and sources', async () => {
    const frontex = changes.filter((c) => c.type === 'agreement' && c.text.includes('(Frontex status agreement)'));
    expect(frontex.map((c) => [c.date, c.text.replace(/ \(Frontex status agreement\)/, '')])).toEqual([
      ['2019', 'Status agreement with Albania on Frontex operations: in force'],
      ['2020', 'Status agreement with Montenegro on Frontex operations: in force'],
      ['2021', 'Status agreement with Serbia on Frontex operations: in force'],
      ['October 2022', 'Status agreement with North Macedonia on Frontex operations: signed'],
      ['April 2023', 'Status agreement with North Macedonia on Frontex operations: signed → in force'],
    ]);
    for (const c of frontex) expect((await b.compare.sourceOf(c.key)).text.length).toBeGreaterThan(20);
  });

  it('shows Albania and the Frontex operations opened in between on the June 2024 map only', async () => {
    const albania = changes.find((c) => c.type === 'agreement' && c.text.includes('Albania on Frontex'))!;
    expect(await b.compare.showOnMap(albania.key)).toEqual({ kind: 'country', id: 'AL' });
    expect(await b.compare.camerasMatch()).toBe(true);
    const opened = changes.filter((c) => c.type === 'mission' && c.text.startsWith('Frontex joint operation')).map((c) => c.key.split(':')[1]!);
    expect(opened).toHaveLength(4);
    const onA = await b.compare.renderedOn('a', LAYER.missionsSymbols);
    const onB = await b.compare.renderedOn('b', LAYER.missionsSymbols);
    for (const id of opened) {
      expect(onB).toContain(id);
      expect(onA).not.toContain(id);
    }
  });

  it('groups the funding that became known by stage, each amount with its source, and draws it on the 2024 map', async () => {
    const groups = await b.compare.fundingGroups();
    // By hand: the DG NEAR page's amounts (known from 2024): close to €900 million allocated to Türkiye, the €60 million
    // package adopted in 2024 and its parts, more than €33 billion mobilised, the 2024 pledges, and two amounts whose
    // stage the page does not give (more than €350 million of "support", the €36 million programme "worth").
    expect(groups.map((g) => g.stage)).toEqual(['allocated', 'adopted', 'mobilised', 'pledged', 'not-stated']);
    expect(groups.map((g) => g.heading)).toEqual(['allocated', 'adopted', 'mobilised', 'pledged', 'stage not stated']);
    const byKey = new Map(changes.map((c) => [c.key, c]));
    for (const g of groups) {
      for (const key of g.keys) {
        expect(byKey.get(key)?.text).toContain(` ${g.heading},`);
        const source = await b.compare.sourceOf(key);
        expect(source.kind).toBe('quote');
        expect(source.text).toMatch(/^“.+”/s);
      }
    }
    const turkiye = changes.find((c) => c.type === 'funding' && c.text.includes('Türkiye'))!;
    const id = turkiye.key.split(':')[1]!;
    expect(await b.compare.showOnMap(turkiye.key)).toEqual({ kind: 'funding', id });
    expect(await b.compare.renderedOn('b', LAYER.fundingArcs)).toContain(id);
    expect(await b.compare.renderedOn('a', LAYER.fundingArcs)).not.toContain(id);
    expect(await b.compare.camerasMatch()).toBe(true);
  });

  it('shows the United Kingdom on the map from its change', async () => {
    const uk = changes.find((c) => c.text === 'United Kingdom leaves the EU')!;
    expect(await b.compare.showOnMap(uk.key)).toEqual({ kind: 'country', id: 'GB' });
    expect(await b.compare.camerasMatch()).toBe(true);
    expect(b.map.cspViolations).toEqual([]);
    expect(b.map.foreignRequests).toEqual([]);
  });

  it('moves month A with the timeline, and the change list with it, while B stays', async () => {
    await b.map.pressButton('One month forward');
    await expect.poll(() => b.compare.sideLabels()).toEqual(['A · October 2015', 'B · June 2024']);
    expect(await b.map.timelineDate()).toBe('A · October 2015');
    expect(await b.compare.changeListTitle()).toBe('What changed between October 2015 and June 2024');
    // The address bar keeps the new pair, as a link to share.
    await expect.poll(async () => new URL(await b.map.currentAddress()).searchParams.get('compare')).toBe('2015-10,2024-06');
  });

  it('stacks the maps on a phone above the lowered sheet, both labels in sight', async () => {
    await b.map.resize(390, 700);
    await b.compare.openComparison(LINK, { changeList: false });
    expect(await b.compare.labelsInSight()).toEqual([true, true]);
    // While comparing, the lowered sheet is its handle: each map has over 200 px (172 px with the sheet's usual 160 px),
    // and map A's zoom buttons are the only ones (the cameras are linked).
    const sides = await b.compare.sideHeights();
    console.log(`compare at 390x700: map A ${sides.a} px, map B ${sides.b} px tall, ${sides.zoomButtons} zoom-in button(s)`);
    expect(Math.min(sides.a, sides.b)).toBeGreaterThan(200);
    expect(sides.zoomButtons).toBe(1);
  });
});

describe('a comparison in Arabic (right to left)', () => {
  const b = withBrowser();

  it('keeps both labels clear of the map controls, which stand on the left there', { timeout: 240_000 }, async () => {
    await b.compare.openComparison(`${LINK}&lang=ar`);
    expect(await b.compare.labelsInSight()).toEqual([true, true]);
    // The sides are lettered in Arabic (alif and ba), as the timeline's month while comparing.
    const [labelA, labelB] = await b.compare.sideLabels();
    expect([labelA.startsWith('أ · '), labelB.startsWith('ب · ')]).toEqual([true, true]);
    await b.map.resize(390, 700);
    await b.compare.openComparison(`${LINK}&lang=ar`, { changeList: false });
    expect(await b.compare.labelsInSight()).toEqual([true, true]);
  });
});

describe('a comparison step in a briefing story', () => {
  const b = withBrowser();

  it('shows both months on the step card and the maps, and prints both maps and the changes in the handout', { timeout: 300_000 }, async () => {
    await b.compare.openComparison('?mode=briefing&story=western-balkans-2015-2024&step=7', { changeList: false });
    expect(await b.map.stepTitle('projector')).toBe('Then and now: September 2015 and June 2024');
    expect(await b.compare.storyComparison()).toBe('Comparison: A · September 2015 and B · June 2024');
    expect(await b.compare.sideLabels()).toEqual(['A · September 2015', 'B · June 2024']);
    expect(await b.compare.labelsInSight()).toEqual([true, true]);
    const pdf = await b.map.printHandout('button');
    console.log(`compare: the Western Balkans handout prints on ${pdfPageCount(pdf)} pages`);
    // A title sheet and one sheet per step, the comparison included.
    expect(pdfPageCount(pdf)).toBe(8);
    if (!hasPdfToText()) return;
    if (process.env['COMPARE_SHOTS']) pdfPagePng(pdf, 8, `${process.env['COMPARE_SHOTS']}/handout-step-7`);
    // The title page and six one-page steps come first.
    const last = pdfPageTexts(pdf).slice(7).join(' ');
    expect(last).toContain('Then and now: September 2015 and June 2024');
    expect(last).toContain('A · September 2015');
    expect(last).toContain('B · June 2024');
    expect(last).toContain('What changed between September 2015 and June 2024');
    expect(last).toContain('Status agreement with Albania on Frontex operations');
    expect(last).toContain('United Kingdom leaves the EU');
  });
});
