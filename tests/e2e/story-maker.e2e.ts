// Stories made in the app: three views recorded as steps, edited, downloaded as a stories file, opened again after
// a reload and presented; a broken file is refused with messages that name the step and field.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';

const baseUrl = inject('baseUrl');
const WAIT = { timeout: 20_000, interval: 100 };

describe('story maker', () => {
  it('builds a three-step story, downloads it, reloads, opens the file and presents it', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await map.open('?date=2015-09');
      await map.openStoryMaker();
      for (const country of ['Niger', 'Türkiye', 'Serbia']) {
        await map.searchCountry(country);
        await map.addViewToStory();
      }
      await map.setStoryTitle('Three partners');
      const steps = [
        { title: 'Niger, the transit country', text: 'Niger is the key transit route towards Libya.', notes: 'Mention Agadez.' },
        { title: 'Türkiye hosts refugees', text: 'Most Syrian refugees are in Lebanon, Jordan and Türkiye.' },
        { title: 'Serbia on the Balkan route', text: 'People moved on through North Macedonia and Serbia.' },
      ];
      for (const [i, s] of steps.entries()) await map.fillStoryStep(i, s);
      // Reorder: the last step up and back down.
      await map.storyStepAction(2, 'Move up');
      expect(await map.storyStepTitles()).toEqual([steps[0]!.title, steps[2]!.title, steps[1]!.title]);
      await map.storyStepAction(1, 'Move down');
      expect(await map.storyStepTitles()).toEqual(steps.map((s) => s.title));

      const file = await map.downloadStories();
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; title: string; steps: Array<{ title: string; state: { selection?: { id: string } }; sources: unknown[]; notes?: unknown[] }> }>;
      expect(saved).toHaveLength(1);
      expect(saved[0]!.title).toBe('Three partners');
      expect(saved[0]!.steps.map((s) => s.title)).toEqual(steps.map((s) => s.title));
      expect(saved[0]!.steps.map((s) => s.state.selection?.id)).toEqual(['NE', 'TR', 'RS']);
      for (const s of saved[0]!.steps) expect(s.sources.length).toBeGreaterThan(0);
      expect(saved[0]!.steps[0]!.notes).toHaveLength(1);

      const link = await map.storyLinkFromPanel();
      expect(link).toMatch(/#story-data=/);
      expect(link.length).toBeLessThan(8000);

      await map.reloadWindow('projector');
      await map.openStoryMaker();
      await map.openStoriesFile(file);
      expect(await map.storyPanelStatus()).toContain('1 story opened');
      expect(await map.storyStepTitles()).toEqual(steps.map((s) => s.title));
      await map.clickStoryPanel('preview-story');
      await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(steps[0]!.title);
      // Let the briefing view settle (its keys are bound once it has rendered) before pressing, as a presenter would.
      await map.waitForIdle();
      await map.pressKey('projector', 'PageDown');
      await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(steps[1]!.title);
      // The second step selects Türkiye: the address shows it (written once the view settles).
      await expect.poll(async () => new URL(await map.currentAddress()).searchParams.get('sel'), WAIT).toBe('country:TR');

      // The link alone opens the story in briefing mode, in a fresh load.
      await map.openView(link);
      await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(steps[0]!.title);
      expect(map.consoleErrors).toEqual([]);
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  }, 240_000);

  it('opens the sound part of a broken stories file, naming each step and field left out; an unreadable file keeps what was open', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await map.open('?date=2015-09');
      await map.openStoryMaker();
      await map.searchCountry('Niger');
      await map.addViewToStory();
      await map.fillStoryStep(0, { title: 'Kept', text: 'This story stays open.' });
      const broken = join(tmpdir(), `broken-stories-${Date.now()}.json`);
      const good = { title: 'A', text: 'B', camera: { lon: 0, lat: 0, zoom: 2 }, state: { date: '2015-09', layers: ['routes'] }, sources: [{ seed: '002_af82631bf566b641.txt', quote: 'The European Union (EU) is facing the largest refugee crisis since the end of World War II.' }] };
      writeFileSync(
        broken,
        JSON.stringify([
          { id: 'broken', title: 'Broken', summary: 'x', steps: [good, { ...good, text: '' }] },
          { id: 'unknown-country', title: 'Unknown', summary: 'x', steps: [good, good, { ...good, state: { ...good.state, selection: { kind: 'country', id: 'XX' } } }] },
        ]),
      );
      await map.openStoriesFile(broken);
      const status = await map.storyPanelStatus();
      expect(status).toContain('2 stories opened');
      expect(status).toContain('Stories file, Broken · step 2, text: missing or empty. Step left out.');
      expect(status).toContain('Stories file, Unknown · step 3, selection “XX”: names no record of this map. Left out.');
      // The broken story keeps its sound first step.
      expect(await map.storyStepTitles()).toEqual(['A']);
      writeFileSync(broken, '{ not json');
      await map.openStoriesFile(broken);
      expect(await map.storyPanelStatus()).toContain('Stories file, file: cannot be read; it may have been cut. Not opened.');
      expect(await map.storyStepTitles()).toEqual(['A']);
    } finally {
      await map.close();
    }
  }, 120_000);
});
