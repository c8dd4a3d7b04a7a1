// Driver verbs for the app's panels and state: the timeline, layers and filters, the search box, the dossier, the
// legend, the data table, the share dialog, and the store's own view of it all (read and changed through its actions).
import type { Locator, Page } from 'playwright-core';
import type { OverlayId } from '../../src/state/types';
import { swatchColour, type Rgb } from './colours';
import type { Session } from './driver-handles';
import type { Region } from './pixels';

export interface SharedLinks {
  /** The link to this view, and the embed snippet, as the share dialog shows them. */
  link: string;
  embed: string;
  /** Where the link's field sits on the page. */
  linkBox: Region | null;
}

export interface PanelVerbs {
  /** The date the timeline shows, as read ("September 2015"). */
  timelineDate(): Promise<string>;
  /** Clicks a layer's box in the layers panel (routes, partners, missions, funding, displacement). */
  switchLayer(id: OverlayId): Promise<void>;
  /** Opens a filter section of the layers panel by its title and ticks one filter (`instruments:humanitarian-aid`). */
  filterBy(section: string, filter: string): Promise<void>;
  /** Types into the country search and presses Enter, without waiting for an answer. */
  searchFor(text: string): Promise<void>;
  /** Types into the country search and clicks the suggestion whose text matches. */
  pickFromSearch(text: string, suggestion: RegExp): Promise<void>;
  panelTitle(): Promise<string>;
  panelText(): Promise<string>;
  /** Opens the sources of the first dossier item that says `itemText`, and returns the first quote it shows. */
  readSourceOf(itemText: string | RegExp): Promise<string>;
  /** Whether a dossier item that says `itemText` is on screen. */
  seesDossierItem(itemText: string | RegExp): Promise<boolean>;
  /** Scrolls the side panel to its end and returns how far it scrolled, in px. */
  scrollSidePanelToEnd(): Promise<number>;
  /** The class names of the app's root (mode, theme). */
  appClassName(): Promise<string>;
  /** The texts of the notices the app shows. */
  notices(): Promise<string[]>;
  /** The text of a legend entry (data-legend: eu, routes, partners-suspended...). */
  legendText(entry: string): Promise<string>;
  legendEntryCount(entry: string): Promise<number>;
  /** The legend entries whose key starts with `prefix`, without it; only those with a colour swatch if asked. */
  legendEntries(prefix: string, withSwatch?: boolean): Promise<string[]>;
  /** The colour of a legend entry's swatch. */
  legendSwatch(entry: string): Promise<Rgb>;
  /** How many tables the data table view shows. */
  dataTableCount(): Promise<number>;
  /** Rows in the body of the nth table (0-based). */
  tableRowCount(table: number): Promise<number>;
  tableText(table: number): Promise<string>;
  /** The cells of the first column of the nth table, top to bottom. */
  tableFirstColumn(table: number): Promise<string[]>;
  /** Clicks the nth table's first column header to sort by it. */
  sortTable(table: number): Promise<void>;
  /** Presses a button that downloads a file and returns where the browser saved it. */
  downloadWith(buttonName: string): Promise<string>;
  /** Presses Share and reads the dialog. */
  shareLinks(): Promise<SharedLinks>;
  /** Everything the legend says, as read ('' when there is no legend). */
  legendContent(): Promise<string>;
  /** The box of the dossier (the side panel; on a phone, the sheet over the map), or null when it is not displayed. */
  dossierBox(): Promise<Region | null>;
  /** The box of the dossier's title, or null. */
  dossierTitleBox(): Promise<Region | null>;
  /** Whether the phone's menu is open, as its Menu button tells assistive technology (aria-expanded). */
  menuIsOpen(): Promise<boolean>;
  /** The text of the first dossier item that says `itemText` (a figure by its subject, an agreement by its name...). */
  dossierItemText(itemText: string | RegExp): Promise<string>;
  /** Opens the sources of the first dossier item that says `itemText` with its own control, and reads them. */
  readSourcesOf(itemText: string | RegExp): Promise<SourcesRead>;
  /** Opens the status history of the first dossier item that says `itemText`, then the sources of its nth entry (0-based), and reads them. */
  readStatusSourceOf(itemText: string | RegExp, entry: number): Promise<SourcesRead>;
  /** What the funding chart says: the note under its title, its whole text, and its totals (one per stage, donor and period). */
  fundingChart(): Promise<{ note: string; text: string; totals: string[] }>;
  /** The names of the filters in force, as their chips show them. */
  activeFilters(): Promise<string[]>;
  /** The source quotes the dossier shows open, as read. */
  dossierQuotes(): Promise<string[]>;
  /** All the text of the data table view, once it is shown. */
  dataTableText(): Promise<string>;
  /** Where the legend sits on the page, or null when it is not shown. */
  legendBox(): Promise<Region | null>;
  /** The funding part of a country's dossier: its total lines (one per stage) and the amounts it lists. */
  dossierFunding(): Promise<{ totals: string[]; items: string[] }>;
  /** Whether the side panel shows a dossier (of a country, route, mission or amount). */
  dossierShown(): Promise<boolean>;
}

/** What a person reads once a fact's sources are open. */
export interface SourcesRead {
  /** The control's label before it was opened ("Source", "Background", "Sources (3)"). */
  control: string;
  /** The verbatim quotes, with the language they are marked in. */
  quotes: Array<{ text: string; lang: string }>;
  /** The background statements (no quotation), each with its label and reference. */
  backgrounds: string[];
  /** How each document is named (title, publisher, date, link text). */
  references: string[];
  /** Where the links under the sources lead. */
  links: string[];
}

/** Presses Share in a page and reads the link and the embed snippet it offers. */
export async function readShareDialog(page: Page): Promise<SharedLinks> {
  await page.getByRole('button', { name: /Share/ }).click();
  const link = page.locator('#share-link');
  await link.waitFor({ state: 'visible' });
  return { linkBox: await link.boundingBox(), link: await link.inputValue(), embed: await page.locator('#share-embed').inputValue() };
}

/** Opens the sources control that belongs to an item itself (not to a part nested in it) and reads what it shows. */
async function openSources(item: Locator): Promise<SourcesRead> {
  const source = item.locator(':scope > .source').first();
  const toggle = source.locator(':scope > .source-toggle');
  const control = (await toggle.innerText({ timeout: 10_000 })).trim();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await source.locator('.source-body').first().waitFor();
  return {
    control,
    quotes: await source.locator('blockquote').evaluateAll((els) => els.map((el) => ({ text: (el as HTMLElement).innerText.trim(), lang: el.getAttribute('lang') ?? '' }))),
    backgrounds: (await source.locator('[data-citation="background"]').allInnerTexts()).map((t) => t.trim()),
    references: (await source.locator('.source-ref').allInnerTexts()).map((t) => t.trim()),
    links: await source.locator('a[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? '')),
  };
}

export function panelVerbs(s: Session): PanelVerbs {
  const table = (n: number) => s.view().locator('.data-table').nth(n);
  const dossierItem = (text: string | RegExp) => s.view().locator('#side-panel li', { hasText: text }).first();
  return {
    timelineDate: async () => (await s.view().getByTestId('timeline-date').innerText()).trim(),
    async switchLayer(id) {
      await s.view().locator(`input[data-layer="${id}"]`).click();
    },
    async filterBy(section, filter) {
      await s.view().locator('summary', { hasText: section }).click();
      await s.view().locator(`input[data-filter="${filter}"]`).check();
    },
    async searchFor(text) {
      await s.view().locator('#country-search-input').fill(text);
      await s.page.keyboard.press('Enter');
    },
    async pickFromSearch(text, suggestion) {
      await s.view().locator('#country-search-input').fill(text);
      await s.view().locator('#country-search-options li', { hasText: suggestion }).click();
    },
    panelTitle: async () => (await s.view().locator('#side-panel h2').first().textContent({ timeout: 5_000 }))?.trim() ?? '',
    panelText: async () => (await s.view().locator('#side-panel').innerText()).trim(),
    async readSourceOf(itemText) {
      const item = dossierItem(itemText);
      await item.locator('.source-toggle').first().click();
      return item.locator('blockquote').first().innerText();
    },
    seesDossierItem: (itemText) => dossierItem(itemText).isVisible(),
    scrollSidePanelToEnd: async () => {
      const panel = s.view().locator('#side-panel');
      await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return panel.evaluate((el) => el.scrollTop);
    },
    appClassName: async () => (await s.view().evaluate(() => document.querySelector('.app')?.className)) ?? '',
    notices: () => s.view().locator('.notices .notice').allInnerTexts(),
    legendText: (entry) => s.view().locator(`[data-legend="${entry}"]`).innerText(),
    legendEntryCount: (entry) => s.view().locator(`[data-legend="${entry}"]`).count(),
    legendEntries: (prefix, withSwatch = false) =>
      s
        .view()
        .locator(`[data-legend^="${prefix}"]${withSwatch ? ' .swatch' : ''}`)
        .evaluateAll((els, p) => els.map((el) => (el.closest('[data-legend]')?.getAttribute('data-legend') ?? '').slice(p.length)), prefix),
    legendSwatch: (entry) => swatchColour(s.page, entry),
    dataTableCount: () => s.view().locator('.data-table').count(),
    tableRowCount: (n) => table(n).locator('tbody tr').count(),
    tableText: (n) => table(n).innerText(),
    tableFirstColumn: (n) => table(n).locator('tbody tr td:first-child').allInnerTexts(),
    async sortTable(n) {
      await table(n).locator('th button').first().click();
    },
    async downloadWith(buttonName) {
      const [download] = await Promise.all([s.page.waitForEvent('download'), s.view().getByRole('button', { name: buttonName }).click()]);
      return download.path();
    },
    shareLinks: () => readShareDialog(s.page),
    async legendContent() {
      const legend = s.view().locator('details.legend').first();
      return (await legend.count()) === 0 ? '' : (await legend.innerText()).trim();
    },
    dossierBox: () => s.view().locator('#side-panel').boundingBox(),
    dossierTitleBox: () => s.view().locator('#side-panel h2').first().boundingBox(),
    menuIsOpen: async () => (await s.view().locator('.menu-toggle').first().getAttribute('aria-expanded')) === 'true',
    dossierItemText: async (itemText) => (await dossierItem(itemText).innerText({ timeout: 10_000 })).trim(),
    readSourcesOf: (itemText) => openSources(dossierItem(itemText)),
    async readStatusSourceOf(itemText, entry) {
      const item = dossierItem(itemText);
      const history = item.locator('details').first();
      if ((await history.getAttribute('open')) === null) await history.locator('summary').first().click();
      return openSources(history.locator('ol > li').nth(entry));
    },
    async fundingChart() {
      const chart = s.view().locator('.funding-chart').first();
      const note = (await chart.locator(':scope > h2 + .note').first().innerText({ timeout: 10_000 })).trim();
      return { note, text: (await chart.innerText()).trim(), totals: (await chart.locator('.funding-kind h3 strong').allInnerTexts()).map((t) => t.trim()) };
    },
    activeFilters: async () => (await s.view().locator('.active-filters .chip').allInnerTexts()).map((t) => t.replace(/×\s*$/, '').trim()),
    dossierQuotes: () => s.view().locator('#side-panel blockquote').allInnerTexts(),
    dataTableText: async () => (await s.view().locator('.data-table-panel').first().innerText()).trim(),
    async legendBox() {
      const legend = s.view().locator('.legend').first();
      return (await legend.count()) ? legend.boundingBox() : null;
    },
    async dossierFunding() {
      const total = s.view().getByTestId('country-funding-total');
      await total.waitFor({ timeout: 10_000 });
      return {
        totals: await total.locator('[data-stage]').allInnerTexts(),
        items: await s.view().locator('#side-panel .funding-list li').allInnerTexts(),
      };
    },
    dossierShown: async () => (await s.view().locator('#side-panel article.dossier').count()) > 0,
  };
}
