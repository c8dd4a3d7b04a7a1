// The presenter view: a second window opened with P from briefing mode, kept in step with the projector window by
// postMessage, from the served build and from the single file opened from disk.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import stories from '../../data/stories.json';

const baseUrl = inject('baseUrl');
type StoryJson = { id: string; title: string; steps: Array<{ title: string; notes?: Array<{ text: string }> }> };
const story = (stories as StoryJson[])[0]!;
/** Windows answer within a page load: a reloaded window takes a few seconds in software WebGL. */
const WAIT = { timeout: 20_000, interval: 100 };
const singleFile = pathToFileURL(resolve('dist-single/index.html')).toString();

async function keepsInStep(map: MapDriver): Promise<void> {
  const title = (i: number): string => story.steps[i]!.title;
  // Before the presenter opens, the projector's story card has its own buttons.
  expect(await map.storyCardButtons()).toEqual(expect.arrayContaining([expect.stringContaining('Previous'), expect.stringContaining('Next'), 'Presenter view']));
  await map.openPresenterWindow();
  await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(title(0));
  expect(await map.presenterText('presenter-next-title')).toBe(title(1));
  expect(await map.presenterText('presenter-counter')).toContain(`1`);
  // While the presenter is open the projector shows the map and the step card, without its buttons.
  await expect.poll(() => map.storyCardButtons(), WAIT).toEqual([]);
  expect(await map.stepTitle('projector')).toBe(title(0));

  await map.pressKey('presenter', 'PageDown');
  await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(title(1));
  await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(title(1));

  await map.pressKey('projector', 'PageUp');
  await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(title(0));
  expect(await map.stepTitle('projector')).toBe(title(0));

  await map.clickPresenterStep(3);
  await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(title(3));

  // A reload of either window reconnects.
  await map.reloadWindow('presenter');
  await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(title(3));
  await map.pressKey('presenter', 'PageUp');
  await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(title(2));
  // The address follows the step a moment later (it is written once the view settles): reload once it has.
  await expect.poll(() => map.addressOf('projector'), WAIT).toContain('step=3');
  await map.reloadWindow('projector');
  await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(title(2));
  await map.pressKey('presenter', 'PageDown');
  await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(title(3));
  await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(title(3));

  // Closing the presenter leaves the projector where it is, with its own buttons back.
  await map.closePresenterWindow();
  await expect.poll(() => map.storyCardButtons(), WAIT).toEqual(expect.arrayContaining([expect.stringContaining('Previous'), expect.stringContaining('Next'), 'Presenter view']));
  expect(await map.stepTitle('projector')).toBe(title(3));
  expect(map.consoleErrors).toEqual([]);
}

describe('presenter view', () => {
  it('over http: PageDown in the presenter moves the projector, and back from the projector side', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 720, reducedMotion: true });
    try {
      await map.open(`?mode=briefing&story=${story.id}&step=1`);
      await keepsInStep(map);
      expect(map.foreignRequests).toEqual([]);
    } finally {
      await map.close();
    }
  }, 180_000);

  it('from the single file on disk (file://), with no request but the file', async () => {
    const map = await launch('file:///', { width: 1280, height: 720, reducedMotion: true });
    try {
      await map.open(`${singleFile}?mode=briefing&story=${story.id}&step=1`);
      await keepsInStep(map);
      const network = map.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u.split('?')[0] !== singleFile);
      expect(network).toEqual([]);
    } finally {
      await map.close();
    }
  }, 180_000);

  it('ignores step messages that do not come from its presenter window, and malformed ones', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 720, reducedMotion: true });
    try {
      await map.open(`?mode=briefing&story=${story.id}&step=1`);
      await map.openPresenterWindow();
      await map.sendToProjector({ namespace: 'eu-migration-map/presenter', type: 'go', storyId: story.id, step: 2 }, 'projector');
      await map.sendToProjector({ namespace: 'eu-migration-map/presenter', type: 'go', storyId: story.id, step: '<img src=x onerror=alert(1)>' }, 'presenter');
      await map.sendToProjector({ namespace: 'eu-migration-map/presenter', type: 'go', storyId: story.id, step: 99 }, 'presenter');
      // A well-formed message from the presenter moves it: the two above did not.
      await map.sendToProjector({ namespace: 'eu-migration-map/presenter', type: 'go', storyId: story.id, step: 1 }, 'presenter');
      await expect.poll(() => map.stepTitle('projector'), WAIT).toBe(story.steps[1]!.title);
      await map.sendToPresenter({ namespace: 'eu-migration-map/presenter', type: 'state', story: { ...story, title: '<b>forged</b>' }, step: 0 }, 'presenter');
      await map.sendToPresenter({ namespace: 'eu-migration-map/presenter', type: 'state', story: { id: 'x' }, step: 0 }, 'projector');
      await map.pressKey('projector', 'PageDown');
      await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(story.steps[2]!.title);
      expect(await map.presenterText('presenter-counter')).toContain('3');
      expect(await map.presenterPageText()).not.toContain('forged');
    } finally {
      await map.close();
    }
  }, 180_000);
});
