// Driver verbs for the story maker: finding a country, recording views as steps, editing and reordering them, saving the
// stories file and opening it again, and the link to a story.
import { join } from 'node:path';
import type { Session } from './driver-handles';

export interface StoryVerbs {
  /** Finds a country with the search box and selects it, as a person typing its name and pressing Enter. */
  searchCountry(name: string): Promise<void>;
  openStoryMaker(): Promise<void>;
  addViewToStory(): Promise<void>;
  setStoryTitle(title: string): Promise<void>;
  /** Types into a step's field in the story panel (0-based step). */
  fillStoryStep(index: number, fields: { title?: string; text?: string; notes?: string }): Promise<void>;
  /** Clicks a step's button in the story panel (its visible or accessible name). */
  storyStepAction(index: number, name: string): Promise<void>;
  storyStepTitles(): Promise<string[]>;
  /** Downloads the stories file and returns where the browser saved it. */
  downloadStories(): Promise<string>;
  clickStoryPanel(testId: string): Promise<void>;
  openStoriesFile(path: string): Promise<void>;
  storyPanelStatus(): Promise<string>;
  /** Asks the story panel for a link to the story and returns it. */
  storyLinkFromPanel(): Promise<string>;
}

export function storyVerbs(s: Session): StoryVerbs {
  const { page, profile } = s;
  return {
    async searchCountry(name) {
      const input = page.locator('#country-search-input');
      await input.fill(name);
      await input.press('Enter');
      await page.waitForFunction((n) => document.querySelector('#side-panel h2')?.textContent?.includes(n) ?? false, name, { timeout: 10_000 });
    },
    async openStoryMaker() {
      await page.getByTestId('story-maker-toggle').click();
      await page.getByTestId('story-maker').waitFor();
    },
    async addViewToStory() {
      const before = await page.getByTestId('story-maker-step').count();
      await page.getByTestId('add-view').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="story-maker-step"]').length === n + 1, before);
    },
    async setStoryTitle(title) {
      await page.getByTestId('story-title').fill(title);
    },
    async fillStoryStep(index, fields) {
      const step = page.getByTestId('story-maker-step').nth(index);
      for (const [field, value] of Object.entries(fields)) if (value !== undefined) await step.locator(`[data-field="${field}"]`).fill(value);
    },
    async storyStepAction(index, name) {
      await page.getByTestId('story-maker-step').nth(index).getByRole('button', { name }).click();
    },
    async storyStepTitles() {
      return page.getByTestId('story-maker-step').locator('[data-field="title"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    },
    async downloadStories() {
      const download = page.waitForEvent('download', { timeout: 10_000 });
      await page.getByTestId('download-stories').click();
      const file = join(profile, `stories-${Date.now()}.json`);
      await (await download).saveAs(file);
      return file;
    },
    async clickStoryPanel(testId) {
      await page.getByTestId(testId).click();
    },
    async openStoriesFile(path) {
      await page.getByTestId('open-stories').setInputFiles(path);
      await page.getByTestId('story-maker-status').waitFor({ timeout: 10_000 });
    },
    async storyLinkFromPanel() {
      await page.getByTestId('story-link').click();
      return page.getByTestId('story-link-output').inputValue({ timeout: 10_000 });
    },
    async storyPanelStatus() {
      return (await page.getByTestId('story-maker-status').innerText()).trim();
    },
  };
}
